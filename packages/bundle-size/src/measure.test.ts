import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureBundle } from './measure.ts';
import { ENTRY_SOURCE, UNUSED_BYTES, writeTinyPackage } from './test-support/tiny-package.ts';

test('bundles an entry with what it imports, minified and without unused exports', async () => {
  await using tiny = await writeTinyPackage();
  const { minBytes, gzipBytes, brotliBytes, metafile } = await measureBundle(
    { entry: 'entry.ts' },
    { cwd: tiny.cwd },
  );
  assert.deepEqual(Object.keys(metafile.inputs).sort(), ['entry.ts', 'greet.ts']);
  assert.ok(minBytes > 0 && minBytes < 100, `${minBytes} B is not a minified, tree-shaken bundle`);
  assert.ok(minBytes < UNUSED_BYTES);
  assert.ok(gzipBytes > 0);
  assert.ok(brotliBytes > 0);
});

test('source text measures the same as the same code in an entry file', async () => {
  await using tiny = await writeTinyPackage();
  const fromEntry = await measureBundle({ entry: 'entry.ts' }, { cwd: tiny.cwd });
  const fromSource = await measureBundle({ source: ENTRY_SOURCE }, { cwd: tiny.cwd });
  assert.deepEqual(Object.keys(fromSource.metafile.inputs).sort(), ['<stdin>', 'greet.ts']);
  assert.deepEqual(
    [fromSource.minBytes, fromSource.gzipBytes, fromSource.brotliBytes],
    [fromEntry.minBytes, fromEntry.gzipBytes, fromEntry.brotliBytes],
  );
});

test('gzip and brotli sizes are of the compressed output', async () => {
  await using tiny = await writeTinyPackage();
  const repetitive = `export const text = ${JSON.stringify('alumni network '.repeat(1_000))};`;
  const { minBytes, gzipBytes, brotliBytes } = await measureBundle({ source: repetitive }, { cwd: tiny.cwd });
  assert.ok(minBytes > 15_000);
  assert.ok(gzipBytes < minBytes / 50, `gzip ${gzipBytes} B of ${minBytes} B`);
  assert.ok(brotliBytes < gzipBytes, `brotli ${brotliBytes} B, gzip ${gzipBytes} B`);
});

test('an entry that does not build is an error', async () => {
  await using tiny = await writeTinyPackage();
  await assert.rejects(
    measureBundle({ source: `export * from './missing.ts';` }, { cwd: tiny.cwd }),
    /Could not resolve "\.\/missing\.ts"/,
  );
});

test('code behind import() is measured apart, as deferred, and not in the up-front figures', async () => {
  await using tiny = await writeTinyPackage();
  const eager = await measureBundle({ entry: 'entry.ts' }, { cwd: tiny.cwd });
  const lazy = await measureBundle(
    { source: `export const load = () => import('./entry.ts');` },
    { cwd: tiny.cwd },
  );
  const inputsOf = (metafile: typeof lazy.metafile) =>
    Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs));
  assert.deepEqual(inputsOf(lazy.metafile), ['<stdin>']);
  assert.deepEqual(inputsOf(lazy.deferred.metafile).sort(), ['entry.ts', 'greet.ts']);
  assert.ok(lazy.minBytes < eager.minBytes, `${lazy.minBytes} B up front`);
  assert.ok(lazy.deferred.minBytes >= eager.minBytes, `${lazy.deferred.minBytes} B deferred`);
  assert.equal(eager.deferred.minBytes, 0);
});
