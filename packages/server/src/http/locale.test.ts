import assert from 'node:assert/strict';
import { test } from 'node:test';
import { preferredLocale } from './locale.ts';

test('the supported language the caller prefers most, English otherwise', () => {
  const cases: [string | undefined, string][] = [
    [undefined, 'en'],
    ['', 'en'],
    ['ja', 'ja'],
    ['ja-JP,ja;q=0.9,en;q=0.8', 'ja'],
    ['en-US,en;q=0.9,ja;q=0.8', 'en'],
    ['fr-FR,fr;q=0.9,ja;q=0.5', 'ja'],
    ['en;q=0.2,ja;q=0.7', 'ja'],
    ['ja;q=0,en', 'en'],
    ['de, fr', 'en'],
    ['*', 'en'],
  ];
  for (const [header, expected] of cases) assert.equal(preferredLocale(header), expected, String(header));
});
