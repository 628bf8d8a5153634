import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareInTimeframe } from './event-order.ts';

describe('the order of event list pages', () => {
  it('puts upcoming events soonest first and past events newest first, ties by id', () => {
    const early = { startsAt: 1, id: 'b' };
    const late = { startsAt: 2, id: 'a' };
    const lateToo = { startsAt: 2, id: 'c' };
    const sorted = (when: 'upcoming' | 'past') =>
      [lateToo, early, late].sort((x, y) => compareInTimeframe(when, x, y)).map((item) => item.id);
    assert.deepEqual(sorted('upcoming'), ['b', 'a', 'c']);
    assert.deepEqual(sorted('past'), ['c', 'a', 'b']);
  });
});
