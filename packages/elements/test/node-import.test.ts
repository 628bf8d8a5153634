/**
 * A host page rendered on the server imports our modules in Node, where there is no DOM: each
 * entry of package.json `exports` imports there without throwing (Lit's `node` build stands in
 * for `HTMLElement` and `customElements`). The main entry defines no tag; each define entry
 * defines its own tag and no other.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const { name, exports } = JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8')) as {
  name: string;
  exports: Record<string, string>;
};
const TAGS = ['alumni-signup', 'alumni-event-list', 'alumni-referral-form', 'alumni-feedback-survey'];
const DEFINES: Record<string, string> = {
  './signup.js': 'alumni-signup',
  './event-list.js': 'alumni-event-list',
  './referral.js': 'alumni-referral-form',
  './survey.js': 'alumni-feedback-survey',
};
// Data and type declarations, not modules to run.
const modules = Object.keys(exports).filter((subpath) => !/\.json$|^\.\/jsx$/.test(subpath));

/** Imports `specifier` in a fresh Node process; its export names and the tags defined then. */
function importInNode(specifier: string): { exported: string[]; defined: string[] } {
  const script = `
    if (typeof HTMLElement !== 'undefined') throw new Error('this Node has an HTMLElement');
    const module = await import(${JSON.stringify(specifier)});
    const tags = ${JSON.stringify(TAGS)};
    console.log(JSON.stringify({
      exported: Object.keys(module),
      defined: tags.filter((tag) => globalThis.customElements?.get(tag)),
    }));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '--eval', script], {
    cwd: packageDir,
    encoding: 'utf8',
  });
  return JSON.parse(output) as { exported: string[]; defined: string[] };
}

test('package.json exports the main entry and one define entry per element', () => {
  assert.deepEqual(
    modules.sort(),
    ['.', ...Object.keys(DEFINES)].sort(),
    'an entry added to `exports` needs a case here',
  );
});

for (const subpath of modules) {
  const specifier = subpath === '.' ? name : `${name}/${subpath.slice(2)}`;
  const tag = DEFINES[subpath];
  test(`${specifier} imports in Node and defines ${tag ? `<${tag}> only` : 'no tag'}`, () => {
    const { exported, defined } = importInNode(specifier);

    assert.ok(exported.length > 0);
    assert.deepEqual(defined, tag ? [tag] : []);
  });
}
