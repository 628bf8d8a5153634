import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tokyoReunion } from '../test-support/fixtures.ts';
import { assertInvalid, assertValid } from '../test-support/validation.ts';
import { AlumniEvent, EventListQuery, EventPage, EventParams } from './event.ts';

describe('EventListQuery', () => {
  test('defaults to upcoming events, 20 per page', () => {
    assert.deepEqual(assertValid(EventListQuery, {}), { when: 'upcoming', limit: 20 });
  });

  test('coerces `limit` from the query string and keeps it within 1–100', () => {
    assert.equal(assertValid(EventListQuery, { limit: '10' }).limit, 10);
    assert.equal(assertValid(EventListQuery, { limit: '1' }).limit, 1);
    assert.equal(assertValid(EventListQuery, { limit: '100' }).limit, 100);
    assertInvalid(EventListQuery, { limit: '0' }, ['/limit too_small']);
    assertInvalid(EventListQuery, { limit: '101' }, ['/limit too_big']);
    assertInvalid(EventListQuery, { limit: '2.5' }, ['/limit invalid_type']);
    assertInvalid(EventListQuery, { limit: 'ten' }, ['/limit invalid_type']);
  });

  test('filters take known values only', () => {
    assert.deepEqual(assertValid(EventListQuery, { type: 'learning', format: 'virtual', when: 'past' }), {
      type: 'learning',
      format: 'virtual',
      when: 'past',
      limit: 20,
    });
    assertInvalid(EventListQuery, { type: 'party' }, ['/type invalid_value']);
    assertInvalid(EventListQuery, { format: 'online' }, ['/format invalid_value']);
    assertInvalid(EventListQuery, { when: 'soon' }, ['/when invalid_value']);
  });

  test('bounds the cursor and rejects unknown parameters', () => {
    assertValid(EventListQuery, { cursor: 'c'.repeat(512) });
    assertInvalid(EventListQuery, { cursor: 'c'.repeat(513) }, ['/cursor too_long']);
    assertInvalid(EventListQuery, { sort: 'asc' }, ['/sort unknown_field']);
  });
});

describe('EventParams', () => {
  test('takes an id and nothing else', () => {
    assertValid(EventParams, { eventId: 'evt_tokyo_reunion_2026' });
    assertInvalid(EventParams, { eventId: '../admin' }, ['/eventId invalid_format']);
    assertInvalid(EventParams, { eventId: 'evt_1', extra: '1' }, ['/extra unknown_field']);
  });
});

describe('AlumniEvent and EventPage (responses)', () => {
  test('accept a published event and a page of them', () => {
    assertValid(AlumniEvent, tokyoReunion);
    assertValid(AlumniEvent, { ...tokyoReunion, capacity: null, seatsLeft: null, location: undefined });
    assertValid(EventPage, { items: [tokyoReunion], nextCursor: null });
  });

  test('reject unknown kinds, bad instants, unknown zones and negative counts', () => {
    assertInvalid(AlumniEvent, { ...tokyoReunion, type: 'party' }, ['/type invalid_value']);
    assertInvalid(AlumniEvent, { ...tokyoReunion, startsAt: '2026-12-04 19:00' }, [
      '/startsAt invalid_datetime',
    ]);
    assertInvalid(AlumniEvent, { ...tokyoReunion, timeZone: 'Tokyo' }, ['/timeZone time_zone']);
    assertInvalid(AlumniEvent, { ...tokyoReunion, seatsLeft: -1 }, ['/seatsLeft too_small']);
    assertInvalid(EventPage, { items: [] }, ['/nextCursor required']);
  });

  test('never carries a virtual link: an extra field is dropped from the parsed event', () => {
    const parsed = assertValid(AlumniEvent, {
      ...tokyoReunion,
      virtualUrl: 'https://meet.example.com/secret',
    });
    assert.equal('virtualUrl' in parsed, false);
  });
});
