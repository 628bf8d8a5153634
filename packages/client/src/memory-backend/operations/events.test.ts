import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AlumniEvent, EventListQuery } from '@alumni-kit/contract';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import type { AlumniBackend } from '../../backend.ts';
import { assertProblem, createTestBackend, en, fieldCodes, NOW } from '../test-helpers.ts';

const ids = DEMO_IDS.events;

/** Every page of a listing, walked with its cursors. */
async function walk(backend: AlumniBackend, query: EventListQuery): Promise<AlumniEvent[][]> {
  const pages: AlumniEvent[][] = [];
  let cursor: string | undefined;
  do {
    const page = await backend.listEvents({ query: { ...query, ...(cursor && { cursor }) } }, en);
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

describe('listEvents', () => {
  it('lists upcoming published events soonest first, cancelled ones included, drafts never', async () => {
    const { backend } = createTestBackend();
    const { items, nextCursor } = await backend.listEvents({}, en);
    assert.equal(nextCursor, null);
    const starts = items.map((event) => Date.parse(event.startsAt));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.ok(items.every((event) => Date.parse(event.endsAt) >= NOW.getTime()));
    const listed = items.map((event) => event.id);
    assert.ok(
      listed.includes(ids.cancelled) && !listed.includes(ids.draft) && !listed.includes(ids.pastSocial),
    );
  });

  it('lists past events newest first', async () => {
    const { backend } = createTestBackend();
    const { items } = await backend.listEvents({ query: { when: 'past' } }, en);
    assert.deepEqual(
      items.map((event) => event.id),
      [ids.pastSocial, ids.pastLearning, ids.pastReunion],
    );
  });

  it('keeps an event that has started but not ended among the upcoming ones', async () => {
    const { backend, clock, store } = createTestBackend();
    const panel = store.events.get(ids.fullWithWaitlist);
    clock.now = new Date(Date.parse(panel?.startsAt ?? '') + 30 * 60_000);
    const { items } = await backend.listEvents({}, en);
    assert.equal(items[0]?.id, ids.fullWithWaitlist);
  });

  it('filters by type and format', async () => {
    const { backend } = createTestBackend();
    const { items } = await backend.listEvents({ query: { type: 'social', format: 'in-person' } }, en);
    assert.deepEqual(
      items.map((event) => event.id).sort(),
      [ids.fullWithoutWaitlist, ids.servingAlcohol].sort(),
    );
    const hybrid = await backend.listEvents({ query: { when: 'past', format: 'hybrid' } }, en);
    assert.deepEqual(
      hybrid.items.map((event) => event.id),
      [ids.pastSocial],
    );
  });

  it('never shows a virtual link', async () => {
    const { backend } = createTestBackend();
    const { items } = await backend.listEvents({ query: { limit: 100 } }, en);
    assert.ok(items.some((event) => event.format === 'virtual'));
    assert.ok(items.every((event) => !('virtualUrl' in event)));
    assert.equal('virtualUrl' in (await backend.getEvent({ params: { eventId: ids.unlimited } }, en)), false);
  });

  it('walks every page without duplicates or gaps, events starting together included', async () => {
    const { backend, store } = createTestBackend();
    const twin = store.events.get(ids.volunteering);
    assert.ok(twin);
    for (const id of ['evt_twin_c', 'evt_twin_a', 'evt_twin_b']) store.events.set(id, { ...twin, id });

    for (const when of ['upcoming', 'past'] as const) {
      const all = (await backend.listEvents({ query: { when, limit: 100 } }, en)).items.map(
        (event) => event.id,
      );
      for (const limit of [1, 2, 3]) {
        const pages = await walk(backend, { when, limit });
        assert.equal(pages.length, Math.ceil(all.length / limit), `${when} by ${limit}: no empty last page`);
        assert.deepEqual(
          pages.flat().map((event) => event.id),
          all,
        );
      }
    }
  });

  it('keeps its place when an event is added before the cursor', async () => {
    const { backend, store } = createTestBackend();
    const first = await backend.listEvents({ query: { limit: 3 } }, en);
    const soonest = store.events.get(ids.unlimited);
    assert.ok(soonest && first.nextCursor);
    store.events.set('evt_added_early', { ...soonest, id: 'evt_added_early' });
    const rest = await walk(backend, { limit: 3, cursor: first.nextCursor });
    const seen = [...first.items, ...rest.flat()].map((event) => event.id);
    assert.equal(new Set(seen).size, seen.length);
    assert.ok(!seen.includes('evt_added_early'));
  });

  it('refuses a cursor that is not one of its own, or from the other timeframe', async () => {
    const { backend } = createTestBackend();
    const { nextCursor } = await backend.listEvents({ query: { limit: 1 } }, en);
    for (const query of [{ cursor: 'bogus' }, { when: 'past' as const, cursor: nextCursor ?? '' }]) {
      const problem = await assertProblem(backend.listEvents({ query }, en), 400, 'validation_failed');
      assert.deepEqual(fieldCodes(problem), ['cursor: invalid_format']);
    }
  });

  it('validates the query', async () => {
    const { backend } = createTestBackend();
    const query = { limit: 0, type: 'party' } as unknown as EventListQuery;
    const problem = await assertProblem(backend.listEvents({ query }, en), 400, 'validation_failed');
    assert.deepEqual(fieldCodes(problem).sort(), ['limit: too_small', 'type: invalid_value']);
  });
});

describe('getEvent', () => {
  it('shows a published event with its seats and waitlist', async () => {
    const { backend } = createTestBackend();
    const event = await backend.getEvent({ params: { eventId: ids.fullWithWaitlist } }, en);
    assert.equal(event.seatsLeft, 0);
    assert.deepEqual(event.waitlist, { enabled: true, count: 1 });
    const unlimited = await backend.getEvent({ params: { eventId: ids.unlimited } }, en);
    assert.equal(unlimited.seatsLeft, null);
  });

  it('answers 404 for drafts and unknown ids, 400 for malformed ones', async () => {
    const { backend } = createTestBackend();
    for (const eventId of [ids.draft, 'evt_unknown']) {
      await assertProblem(backend.getEvent({ params: { eventId } }, en), 404, 'not_found');
    }
    await assertProblem(backend.getEvent({ params: { eventId: 'no spaces' } }, en), 400, 'validation_failed');
  });
});

describe('getEventCalendar', () => {
  it('gives the event as iCalendar text', async () => {
    const { backend } = createTestBackend();
    const ics = await backend.getEventCalendar({ params: { eventId: ids.servingAlcohol } }, en);
    assert.match(ics, /\r\nSUMMARY:Winter drinks in London\r\n/);
    assert.match(ics, /\r\nDTSTAMP:20261201T030000Z\r\n/);
    assert.doesNotMatch(ics, /meet\.example\.com/);
    await assertProblem(backend.getEventCalendar({ params: { eventId: ids.draft } }, en), 404, 'not_found');
  });
});
