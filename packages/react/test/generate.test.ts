import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { wrapperModule } from '../scripts/wrapper-source.ts';
import {
  eventProp,
  wrapperSpecs,
  type Manifest,
  type ManifestDeclaration,
} from '../scripts/wrapper-specs.ts';

const readJson = async <T>(specifier: string) =>
  JSON.parse(await readFile(new URL(import.meta.resolve(specifier)), 'utf8')) as T;

/** A package with one element and its define entry, one form control without one, and the entry's exports. */
const fixture = (events: ManifestDeclaration['events']): Manifest => ({
  modules: [
    {
      path: 'src/signup/alumni-signup.ts',
      declarations: [
        { kind: 'class', name: 'AlumniSignup', tagName: 'alumni-signup', summary: 'Join.', events },
      ],
    },
    {
      path: 'src/signup/define.ts',
      exports: [
        { kind: 'js', name: 'AlumniSignup' },
        { kind: 'js', name: 'configure' },
      ],
    },
    {
      path: 'src/form-kit/text-field.ts',
      declarations: [{ kind: 'class', name: 'TextField', tagName: 'alumni-text-field' }],
    },
    {
      path: 'src/index.ts',
      exports: ['AlumniSignup', 'TextField', 'AlumniSignupSubmittedEvent'].map((name) => ({
        kind: 'js',
        name,
      })),
    },
  ],
});

const submitted = {
  name: 'alumni-signup-submitted',
  type: { text: 'AlumniSignupSubmittedEvent' },
  description: 'Sent.',
};

test('an event alumni-<noun>-<verb> becomes the prop on<Noun><Verb>', () => {
  assert.equal(eventProp('alumni-signup-submitted'), 'onSignupSubmitted');
  assert.equal(eventProp('alumni-rsvp-cancelled'), 'onRsvpCancelled');
  assert.equal(eventProp('alumni-survey-answer-saved'), 'onSurveyAnswerSaved');
});

test('an event named outside the convention is refused, not given a prop that could shadow a native one', () => {
  assert.throws(() => eventProp('alumni-change'), /alumni-<noun>-<verb>/);
  assert.throws(() => eventProp('signup-submitted'), /alumni-<noun>-<verb>/);
});

test('each element of a define entry gets a wrapper with its events typed by their classes', () => {
  assert.deepEqual(wrapperSpecs(fixture([submitted]), ['.', './signup.js']), [
    {
      module: 'signup',
      className: 'AlumniSignup',
      tagName: 'alumni-signup',
      summary: 'Join.',
      defineEntry: '@alumni-kit/elements/signup.js',
      events: [
        {
          prop: 'onSignupSubmitted',
          name: 'alumni-signup-submitted',
          type: 'AlumniSignupSubmittedEvent',
          description: 'Sent.',
        },
      ],
    },
  ]);
});

test('the wrapper module defines the element and maps each event prop to its typed event name', () => {
  const [spec] = wrapperSpecs(fixture([submitted]), ['./signup.js']);
  const source = wrapperModule(spec!);
  assert.match(
    source,
    /import \{ AlumniSignup as AlumniSignupElement \} from '@alumni-kit\/elements\/signup\.js';/,
  );
  assert.match(source, /import type \{ AlumniSignupSubmittedEvent \} from '@alumni-kit\/elements';/);
  assert.match(
    source,
    /onSignupSubmitted: 'alumni-signup-submitted' as EventName<AlumniSignupSubmittedEvent>,/,
  );
  assert.match(source, /export const AlumniSignup = createComponent\(\{/);
});

test('a define module the package does not export is an error, not a wrapper that cannot load', () => {
  assert.throws(() => wrapperSpecs(fixture([]), ['.']), /does not export \.\/signup\.js/);
});

test('an event without a class exported by the package is an error', () => {
  const untyped = { name: 'alumni-signup-failed', description: 'Failed.' };
  assert.throws(
    () => wrapperSpecs(fixture([untyped]), ['./signup.js']),
    /alumni-signup-failed without an event class/,
  );
  const unexported = { ...untyped, type: { text: 'AlumniSignupFailedEvent' } };
  assert.throws(
    () => wrapperSpecs(fixture([unexported]), ['./signup.js']),
    /alumni-signup-failed without an event class/,
  );
});

test('every element entry of @alumni-kit/elements has exactly one wrapper', async () => {
  const manifest = await readJson<Manifest>('@alumni-kit/elements/custom-elements.json');
  const { exports } = await readJson<{ exports: Record<string, unknown> }>(
    new URL('package.json', import.meta.resolve('@alumni-kit/elements/custom-elements.json')).href,
  );
  const elementEntries = Object.keys(exports).filter((subpath) => /^\.\/[a-z-]+\.js$/.test(subpath));
  const specs = wrapperSpecs(manifest, Object.keys(exports));
  assert.deepEqual(specs.map(({ module }) => `./${module}.js`).sort(), elementEntries.sort());
  for (const spec of specs) assert.ok(spec.events.length > 0, `${spec.tagName} fires events`);
});
