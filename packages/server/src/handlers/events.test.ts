import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AlumniEvent, EventPage, validate } from '@alumni-kit/contract';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import { events } from '../db/schema/index.ts';
import { startTestContext, type TestContext, type TestTenant } from '../test-support/test-context.ts';

type Page = { items: AlumniEvent[]; nextCursor: string | null };

describe('events', () => {
  let context: TestContext;
  let tenant: TestTenant;
  before(async () => {
    context = await startTestContext();
    tenant = await context.newTenant();
  });
  after(() => context.close());

  const list = async (query: string) => {
    const response = await tenant.api.get(`/v1/events${query}`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.ok(validate(EventPage, response.body).ok);
    return response.body as Page;
  };

  test('upcoming events come soonest first, cancelled ones too, never drafts, past ones or virtual links', async () => {
    const { items, nextCursor } = await list('');
    const ids = DEMO_IDS.events;
    assert.deepEqual(
      items.map((event) => event.id),
      [
        ids.unlimited,
        ids.fullWithWaitlist,
        ids.volunteering,
        ids.cancelled,
        ids.callForSpeakers,
        ids.servingAlcohol,
        ids.fullWithoutWaitlist,
        ids.reunion,
      ],
    );
    assert.equal(nextCursor, null);
    assert.ok(items.every((event) => !('virtualUrl' in event)));
    const byId = new Map(items.map((event) => [event.id, event]));
    assert.equal(byId.get(ids.cancelled)?.status, 'cancelled');
    assert.equal(byId.get(ids.reunion)?.seatsLeft, 199);
    assert.deepEqual(byId.get(ids.fullWithWaitlist)?.waitlist, { enabled: true, count: 1 });
    assert.equal(byId.get(ids.fullWithWaitlist)?.seatsLeft, 0);
    assert.equal(byId.get(ids.unlimited)?.seatsLeft, null);
    assert.equal(byId.get(ids.reunion)?.policies[0]?.version, '2026-01');
  });

  test('past events come newest first', async () => {
    const { items } = await list('?when=past');
    const ids = DEMO_IDS.events;
    assert.deepEqual(
      items.map((event) => event.id),
      [ids.pastSocial, ids.pastLearning, ids.pastReunion],
    );
  });

  test('filters by type and format', async () => {
    assert.deepEqual(
      (await list('?type=reunion')).items.map((event) => event.id),
      ['evt_tokyo_reunion_2026'],
    );
    assert.deepEqual(
      (await list('?format=virtual')).items.map((event) => event.id),
      [DEMO_IDS.events.unlimited, DEMO_IDS.events.fullWithWaitlist],
    );
    assert.deepEqual((await list('?type=learning&format=in-person')).items, []);
  });

  test('pages are stable: an event added before the cursor neither repeats nor shifts the next page', async () => {
    const own = await context.newTenant({ seed: false });
    const today = Date.now();
    const startsAt = (day: number) => new Date(today + day * 86_400_000);
    const base = {
      tenantId: own.tenantId,
      status: 'published' as const,
      description: 'Same time, told apart by id',
      type: 'social' as const,
      format: 'virtual' as const,
      timeZone: 'Asia/Tokyo',
      waitlistEnabled: false,
      policies: [],
      updatedAt: new Date(),
    };
    const row = (id: string, day: number) => ({
      ...base,
      id,
      title: id,
      startsAt: startsAt(day),
      endsAt: startsAt(day + 0.1),
    });
    await context.database.db
      .insert(events)
      .values([row('evt_a', 2), row('evt_b', 2), row('evt_c', 3), row('evt_d', 4)]);
    const first = await own.api.get('/v1/events?limit=2');
    const page1 = first.body as Page;
    assert.deepEqual(
      page1.items.map((event) => event.id),
      ['evt_a', 'evt_b'],
    );
    assert.ok(page1.nextCursor);
    await context.database.db.insert(events).values(row('evt_0', 1));
    const page2 = (await own.api.get(`/v1/events?limit=2&cursor=${page1.nextCursor}`)).body as Page;
    assert.deepEqual(
      page2.items.map((event) => event.id),
      ['evt_c', 'evt_d'],
    );
    assert.equal(page2.nextCursor, null);
  });

  test('a cursor of another timeframe, or not one of ours, is refused naming the field', async () => {
    const { nextCursor } = await list('?limit=1');
    for (const query of [
      `?when=past&cursor=${nextCursor}`,
      '?cursor=bm90LWEtY3Vyc29y',
      '?cursor=WyJ1cGNvbWluZyIsMWUzMDAsIngiXQ',
    ]) {
      const response = await tenant.api.get(`/v1/events${query}`);
      assert.equal(response.status, 400);
      assert.deepEqual(
        (response.body as { errors: { pointer: string }[] }).errors.map((error) => error.pointer),
        ['/cursor'],
      );
    }
  });

  test('a bad filter names the query field', async () => {
    const response = await tenant.api.get('/v1/events?type=party&limit=1000&extra=1');
    assert.equal(response.status, 400);
    const pointers = (response.body as { errors: { pointer: string }[] }).errors.map(
      (error) => error.pointer,
    );
    assert.deepEqual(pointers.sort(), ['/extra', '/limit', '/type']);
  });

  test('one event: published ones are found, drafts and unknown ids are 404', async () => {
    const found = await tenant.api.get('/v1/events/evt_tokyo_reunion_2026');
    assert.equal(found.status, 200);
    assert.ok(validate(AlumniEvent, found.body).ok);
    assert.equal((found.body as AlumniEvent).title, '東京オフィス 10 周年 アルムナイ同窓会');
    for (const id of ['evt_spring_offsite_draft', 'evt_unknown']) {
      const missing = await tenant.api.get(`/v1/events/${id}`);
      assert.equal(missing.status, 404);
      assert.equal((missing.body as { code: string }).code, 'not_found');
    }
  });

  test('the calendar file is iCalendar with the event, never its virtual link', async () => {
    const response = await tenant.api.get('/v1/events/evt_tokyo_reunion_2026/calendar.ics');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'text/calendar; charset=utf-8');
    assert.match(response.headers.get('Content-Disposition') ?? '', /attachment; filename="event\.ics"/);
    const text = response.body as string;
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(text, /UID:evt_tokyo_reunion_2026@alumni-kit/);
    assert.doesNotMatch(text, /meet\.example\.com/);
    assert.equal((await tenant.api.get('/v1/events/evt_spring_offsite_draft/calendar.ics')).status, 404);
  });
});
