import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Metafile } from 'esbuild';
import { partsTable } from './parts-table.ts';

/** A 1,000-byte bundle of 800 bytes from `vendor/` and 200 from `src/`, 300 bytes gzipped. */
const measurement = {
  minBytes: 1_000,
  gzipBytes: 300,
  brotliBytes: 250,
  metafile: {
    inputs: {},
    outputs: {
      'out.js': {
        bytes: 1_000,
        inputs: { 'vendor/a.js': { bytesInOutput: 800 }, 'src/b.ts': { bytesInOutput: 200 } },
        imports: [],
        exports: [],
      },
    },
  } satisfies Metafile,
};
const parts = [
  ['own code', /^src\//],
  ['vendor', /^vendor\//],
] as const;

test('a parts table gives each part its minified bytes and share', () => {
  assert.equal(
    partsTable(measurement, parts),
    [
      '| part | min bytes | share |',
      '| --- | ---: | ---: |',
      '| own code | 200 | 20 % |',
      '| vendor | 800 | 80 % |',
    ].join('\n'),
  );
});

test('a parts table can apportion the gzip bytes by share', () => {
  assert.equal(
    partsTable(measurement, parts, { estimateGzip: true }),
    [
      '| part | min bytes | share | ≈ gzip bytes |',
      '| --- | ---: | ---: | ---: |',
      '| own code | 200 | 20 % | 60 |',
      '| vendor | 800 | 80 % | 240 |',
    ].join('\n'),
  );
});
