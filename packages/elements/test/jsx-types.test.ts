/**
 * The JSX types (src/jsx.d.ts) as a React 19 TSX project meets them: a TSX file is type-checked
 * with TypeScript's compiler (`jsx: react-jsx`, @types/react). Each tag takes its attributes with
 * the types of its class's properties and its events as typed `on…` props; wrong values are
 * errors (an `@ts-expect-error` with no error under it fails the check). Each tag's attribute
 * names must equal those the custom-elements manifest lists.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
// Not on disk: a .tsx file here would join the repository's type check, which has no JSX.
const fixturePath = `${packageDir}test/jsx-types.fixture.tsx`;

const TSX = String.raw`
import type {} from '@alumni-kit/elements/jsx';
import type { AlumniElementAttributes } from '@alumni-kit/elements/jsx';
import type { AlumniReferralSubmittedEvent } from '@alumni-kit/elements';

export const accepted = [
  <alumni-signup
    mode="employee"
    lang="ja"
    theme="dark"
    api-base="https://alumni.example.com"
    publishable-key="pk_test_jsx"
    member-token="token"
    privacy-url="https://example.com/privacy"
    privacy-version="2026-04"
    invitation="inv_1"
    source="careers-site"
    id="signup"
    className="wide"
    onalumni-signup-submitted={(event) => event.detail.member.id}
    onalumni-signup-failed={(event) => event.detail.problem?.code}
  />,
  <alumni-event-list
    type="learning"
    format="virtual"
    when="past"
    limit={5}
    layout="grid"
    hide-filters
    time-zone="Asia/Tokyo"
    onalumni-rsvp-submitted={(event) => event.detail.rsvp.status}
    onalumni-rsvp-cancelled={(event) => event.detail.event.id}
  />,
  <alumni-event-list limit="12" />,
  <alumni-referral-form role-id="role_backend_engineer" onalumni-referral-submitted={(event) => event.detail.id} />,
  <alumni-feedback-survey survey="srv_reunion_feedback" event="evt_1" layout="stepper" />,
];

export const rejected = [
  // @ts-expect-error -- not a signup mode
  <alumni-signup mode="retired" />,
  // @ts-expect-error -- not a theme
  <alumni-event-list theme="blue" />,
  // @ts-expect-error -- not a number
  <alumni-event-list limit="twelve" />,
  // @ts-expect-error -- not a layout of the survey
  <alumni-feedback-survey layout="grid" />,
  // @ts-expect-error -- misspelled (TypeScript lets unknown names with a hyphen through)
  <alumni-feedback-survey surevy="srv_reunion_feedback" />,
  // @ts-expect-error -- a listener for another element's event
  <alumni-signup onalumni-signup-submitted={(event: AlumniReferralSubmittedEvent) => event} />,
];

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
`;

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
}
const manifest = JSON.parse(readFileSync(`${packageDir}custom-elements.json`, 'utf8')) as {
  modules: { declarations: Declaration[] }[];
};
const declarations = manifest.modules.flatMap((module) => module.declarations);
const TAGS = ['alumni-signup', 'alumni-event-list', 'alumni-referral-form', 'alumni-feedback-survey'];

/** One line per tag that compiles only when its JSX attribute names are the manifest's. */
const sameAttributesAsManifest = TAGS.map((tag, index) => {
  const names = declarations.find((declaration) => declaration.tagName === tag)?.attributes ?? [];
  const union = names.map(({ name }) => JSON.stringify(name)).join(' | ') || 'never';
  return `export const attributes${index}: Equal<keyof AlumniElementAttributes<'${tag}'>, ${union}> = true;`;
}).join('\n');

/** TypeScript's errors in the fixture and in the JSX types themselves. */
function typeErrors(source: string): string[] {
  const options: ts.CompilerOptions = {
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2023,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (path) => path === fixturePath || fileExists(path);
  host.readFile = (path) => (path === fixturePath ? source : readFile(path));
  host.getSourceFile = (path, language, ...rest) =>
    path === fixturePath
      ? ts.createSourceFile(path, source, language)
      : getSourceFile.call(host, path, language, ...rest);
  const program = ts.createProgram([fixturePath], options, host);
  const ours = [fixturePath, `${packageDir}src/jsx.d.ts`];
  return ts
    .getPreEmitDiagnostics(program)
    .filter(({ file }) => !file || ours.includes(file.fileName))
    .map(({ file, start, messageText }) => {
      const line = file && start !== undefined ? file.getLineAndCharacterOfPosition(start).line + 1 : 0;
      return `line ${line}: ${ts.flattenDiagnosticMessageText(messageText, '\n')}`;
    });
}

test('each tag takes its attributes and events, typed from its class, in a React 19 TSX file', () => {
  assert.deepEqual(typeErrors(`${TSX}\n${sameAttributesAsManifest}\n`), []);
});
