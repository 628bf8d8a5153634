import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { zonedInstant } from './zoned-time.ts';

describe('zonedInstant', () => {
  const now = new Date('2026-12-01T03:00:00Z');

  it('writes a wall-clock time of a day relative to today with the zone offset', () => {
    assert.equal(zonedInstant(now, 7, '19:00', 'Asia/Tokyo'), '2026-12-08T19:00:00+09:00');
    assert.equal(zonedInstant(now, -1, '09:30', 'Europe/London'), '2026-11-30T09:30:00+00:00');
  });

  it("counts days from today's date in the zone, not in UTC", () => {
    // 03:00 UTC on 1 December is still 30 November in New York.
    assert.equal(zonedInstant(now, 0, '12:00', 'America/New_York'), '2026-11-30T12:00:00-05:00');
  });

  it('follows daylight saving time', () => {
    assert.equal(zonedInstant(now, 200, '18:00', 'Europe/London'), '2027-06-19T18:00:00+01:00');
    assert.equal(zonedInstant(now, 200, '18:00', 'America/New_York'), '2027-06-18T18:00:00-04:00');
    // 14 March 2027, the day New York moves its clocks forward at 02:00.
    assert.equal(zonedInstant(now, 104, '01:00', 'America/New_York'), '2027-03-14T01:00:00-05:00');
    assert.equal(zonedInstant(now, 104, '09:00', 'America/New_York'), '2027-03-14T09:00:00-04:00');
  });

  it('names the same instant as the wall time says', () => {
    const instant = zonedInstant(now, 200, '18:00', 'Europe/London');
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeStyle: 'short' });
    assert.equal(local.format(new Date(instant)), '18:00');
  });
});
