import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toLocale } from './locale.ts';

test('toLocale picks the supported language of a BCP 47 tag, English otherwise', () => {
  assert.equal(toLocale('ja'), 'ja');
  assert.equal(toLocale('ja-JP'), 'ja');
  assert.equal(toLocale('JA_jp'), 'ja');
  assert.equal(toLocale('en-GB'), 'en');
  for (const tag of ['fr-FR', 'jav', '', null, undefined]) assert.equal(toLocale(tag), 'en');
});
