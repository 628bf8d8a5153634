import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureBundle } from './measure.ts';
import { bytesByPart, dependencyPaths } from './parts.ts';
import { writeTinyPackage } from './test-support/tiny-package.ts';

test('splits the minified bytes by part, in the order given, the first matching part winning', async () => {
  await using tiny = await writeTinyPackage();
  const { minBytes, metafile } = await measureBundle({ entry: 'entry.ts' }, { cwd: tiny.cwd });
  const parts = bytesByPart(metafile, [
    ['nothing', /^vendor\//],
    ['greet', /greet\.ts$/],
    ['everything else', /\.ts$/],
  ]);
  assert.deepEqual([...parts.keys()], ['nothing', 'greet', 'everything else']);
  assert.equal(parts.get('nothing'), 0);
  assert.ok(parts.get('greet')! > 0 && parts.get('everything else')! > 0);
  assert.ok(parts.get('greet')! + parts.get('everything else')! <= minBytes);
});

test('an input that no part matches is an error', async () => {
  await using tiny = await writeTinyPackage();
  const { metafile } = await measureBundle({ entry: 'entry.ts' }, { cwd: tiny.cwd });
  assert.throws(() => bytesByPart(metafile, [['greet', /greet\.ts$/]]), /No part for entry\.ts/);
});

test('dependency paths match hoisted and pnpm-store files of exactly the named packages', () => {
  const lit = dependencyPaths('lit', '@lit/reactive-element', 'lodash.get');
  assert.match('../../node_modules/lit/index.js', lit);
  assert.match('../../node_modules/.pnpm/lit@3.3.3/node_modules/lit/index.js', lit);
  assert.match('node_modules/@lit/reactive-element/css-tag.js', lit);
  assert.match('node_modules/lodash.get/index.js', lit);
  assert.doesNotMatch('node_modules/lit-html/lit-html.js', lit);
  assert.doesNotMatch('node_modules/lodashxget/index.js', lit);
  assert.doesNotMatch('src/lit/index.ts', lit);
});
