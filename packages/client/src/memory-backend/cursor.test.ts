import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareInTimeframe, decodeCursor, encodeCursor } from './cursor.ts';

describe('event list cursors', () => {
  it('give back the position they encode, as URL-safe text', () => {
    const position = { when: 'past', startsAt: Date.parse('2026-11-24T10:00:00Z'), id: 'evt_a-b_c' } as const;
    const cursor = encodeCursor(position);
    assert.match(cursor, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeCursor(cursor), position);
  });

  it('reject text that is not one of theirs', () => {
    for (const cursor of ['', 'not base64!', btoa('{"when":"upcoming"}'), btoa('["later",1,"evt"]')]) {
      assert.equal(decodeCursor(cursor), undefined, cursor);
    }
  });

  it('order upcoming events soonest first and past events newest first, ties by id', () => {
    const early = { startsAt: 1, id: 'b' };
    const late = { startsAt: 2, id: 'a' };
    const lateToo = { startsAt: 2, id: 'c' };
    const sorted = (when: 'upcoming' | 'past') =>
      [lateToo, early, late].sort((x, y) => compareInTimeframe(when, x, y)).map((item) => item.id);
    assert.deepEqual(sorted('upcoming'), ['b', 'a', 'c']);
    assert.deepEqual(sorted('past'), ['c', 'a', 'b']);
  });
});
