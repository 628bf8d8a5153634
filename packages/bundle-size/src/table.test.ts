import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sizeTable } from './size-table.ts';
import { markdownTable } from './table.ts';

test('a markdown table has a header, an alignment row and one line per row', () => {
  assert.equal(
    markdownTable(
      [{ title: 'part' }, { title: 'bytes', align: 'right' }],
      [
        ['ky', '1'],
        ['zod', '2'],
      ],
    ),
    '| part | bytes |\n| --- | ---: |\n| ky | 1 |\n| zod | 2 |',
  );
});

test('a size table groups thousands and shows a missing budget as a dash', () => {
  assert.equal(
    sizeTable([
      { name: 'a', minBytes: 69_936, gzipBytes: 22_317, brotliBytes: 19_971, budget: 22_500 },
      { name: 'b', minBytes: 14_015, gzipBytes: 5_053, brotliBytes: 4_547 },
    ]),
    [
      '| bundle | min bytes | min+gzip bytes | min+brotli bytes | gzip budget |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| a | 69,936 | 22,317 | 19,971 | 22,500 |',
      '| b | 14,015 | 5,053 | 4,547 | — |',
    ].join('\n'),
  );
});
