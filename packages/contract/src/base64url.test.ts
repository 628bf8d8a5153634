import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeBase64Url, decodeBase64UrlJson, encodeBase64Url, encodeBase64UrlJson } from './base64url.ts';

describe('URL-safe base64', () => {
  test('round-trips every byte value without padding or URL-unsafe characters', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    const text = encodeBase64Url(bytes);
    assert.match(text, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeBase64Url(text), bytes);
    assert.equal(text, Buffer.from(bytes).toString('base64url'));
  });

  test('JSON values go through as their UTF-8 text; anything else reads as undefined', () => {
    const value = { name: '山田 花子', emoji: '🎉', list: [1, null] };
    assert.deepEqual(decodeBase64UrlJson(encodeBase64UrlJson(value)), value);
    assert.equal(decodeBase64UrlJson('%%%'), undefined);
    assert.equal(decodeBase64UrlJson(encodeBase64Url(new TextEncoder().encode('{"a":'))), undefined);
  });
});
