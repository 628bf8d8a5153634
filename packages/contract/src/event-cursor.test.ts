import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { encodeBase64UrlJson } from './base64url.ts';
import { decodeEventCursor, encodeEventCursor, type EventCursor } from './event-cursor.ts';

describe('event list cursors', () => {
  test('give back the position they encode, as URL-safe text', () => {
    const position: EventCursor = {
      when: 'past',
      startsAt: Date.parse('2026-11-24T10:00:00Z'),
      id: 'evt_a-b_c',
    };
    const cursor = encodeEventCursor(position);
    assert.match(cursor, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeEventCursor(cursor), position);
  });

  test('reject text that is not one of theirs', () => {
    const foreign = [
      '',
      'not base64!',
      btoa('{"when":"upcoming"}'),
      btoa('["later",1,"evt"]'),
      encodeBase64UrlJson(['upcoming', '2026-11-24', 'evt']),
      encodeBase64UrlJson(['upcoming', 1, 2]),
      encodeBase64UrlJson(['upcoming', 1, 'evt', 'more']),
      // A number, but no instant: a server would fail turning it into a date.
      encodeBase64UrlJson(['past', 1e300, 'evt']),
      // Not UTF-8.
      btoa(String.fromCharCode(0x5b, 0xff, 0x5d)),
    ];
    for (const cursor of foreign) assert.equal(decodeEventCursor(cursor), undefined, cursor);
  });
});
