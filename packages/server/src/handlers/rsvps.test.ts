import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Rsvp, validate, type AlumniEvent } from '@alumni-kit/contract';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import { and, eq } from 'drizzle-orm';
import { events, rsvps } from '../db/schema/index.ts';
import { addEvent } from '../test-support/add-event.ts';
import { REUNION_POLICIES, rsvp } from '../test-support/bodies.ts';
import { startTestContext, type TestContext, type TestTenant } from '../test-support/test-context.ts';

const PANEL = 'evt_test_panel'; // virtual, 3 seats, waitlist
const GARDEN = 'evt_test_garden'; // in person, 2 seats, no waitlist
const REUNION = DEMO_IDS.events.reunion; // hybrid, alcohol policy
const PANEL_URL = 'https://meet.example.com/test-panel';

describe('RSVPs', () => {
  let context: TestContext;
  before(async () => {
    context = await startTestContext();
  });
  after(() => context.close());

  /** A tenant with the demo data, a small virtual panel and a small garden day of its own. */
  const tenantWithEvents = async () => {
    const tenant = await context.newTenant();
    const { db } = context.database;
    await addEvent(db, tenant.tenantId, {
      id: PANEL,
      capacity: 3,
      waitlistEnabled: true,
      virtualUrl: PANEL_URL,
    });
    await addEvent(db, tenant.tenantId, {
      id: GARDEN,
      format: 'in-person',
      capacity: 2,
      virtualUrl: PANEL_URL,
    });
    return tenant;
  };

  const reply = async (tenant: TestTenant, eventId: string, body: unknown, memberToken?: string) => {
    const response = await tenant.api.post(
      `/v1/events/${eventId}/rsvps`,
      body,
      memberToken ? { memberToken } : {},
    );
    return {
      status: response.status,
      rsvp: response.body as Rsvp & { code?: string; errors?: { pointer: string }[] },
    };
  };

  test('seats while they last, then the waitlist; the virtual link only with a confirmed seat', async () => {
    const tenant = await tenantWithEvents();
    const replies = [];
    for (const name of ['a', 'b', 'c', 'd', 'e'])
      replies.push(await reply(tenant, PANEL, rsvp(`${name}@example.com`)));
    assert.deepEqual(
      replies.map(({ status }) => status),
      [201, 201, 201, 201, 201],
    );
    assert.deepEqual(
      replies.map(({ rsvp }) => rsvp.status),
      ['confirmed', 'confirmed', 'confirmed', 'waitlisted', 'waitlisted'],
    );
    assert.deepEqual(
      replies.map(({ rsvp }) => rsvp.waitlistPosition),
      [undefined, undefined, undefined, 1, 2],
    );
    assert.deepEqual(
      replies.map(({ rsvp }) => rsvp.virtualUrl),
      [...Array(3).fill(PANEL_URL), undefined, undefined],
    );
    assert.ok(replies.every(({ rsvp }) => validate(Rsvp, rsvp).ok && typeof rsvp.cancelToken === 'string'));
    const event = (await tenant.api.get(`/v1/events/${PANEL}`)).body as {
      seatsLeft: number;
      waitlist: { count: number };
    };
    assert.equal(event.seatsLeft, 0);
    assert.equal(event.waitlist.count, 2);
  });

  test('cancelling a confirmed seat promotes the first on the waitlist', async () => {
    const tenant = await tenantWithEvents();
    const replies = [];
    for (const name of ['a', 'b', 'c', 'd', 'e'])
      replies.push((await reply(tenant, PANEL, rsvp(`${name}@example.com`))).rsvp);
    const [first, , , fourth, fifth] = replies;
    const cancelled = await tenant.api.post(`/v1/rsvps/${first!.id}/cancel`, {
      cancelToken: first!.cancelToken,
    });
    assert.equal(cancelled.status, 200);
    assert.equal((cancelled.body as Rsvp).status, 'cancelled');
    assert.equal((cancelled.body as Rsvp).cancelToken, undefined);
    const statusOf = async (id: string) =>
      (
        await context.database.db
          .select()
          .from(rsvps)
          .where(and(eq(rsvps.tenantId, tenant.tenantId), eq(rsvps.id, id)))
      )[0]?.status;
    assert.equal(await statusOf(fourth!.id), 'confirmed');
    assert.equal(await statusOf(fifth!.id), 'waitlisted');

    const again = await tenant.api.post(`/v1/rsvps/${first!.id}/cancel`, { cancelToken: first!.cancelToken });
    assert.equal(again.status, 200);
    assert.equal(await statusOf(fifth!.id), 'waitlisted');
  });

  test('a full event without a waitlist answers 409 event_full; in person means no link', async () => {
    const tenant = await tenantWithEvents();
    const seated = await reply(tenant, GARDEN, rsvp('a@example.com'));
    assert.equal(seated.rsvp.status, 'confirmed');
    assert.equal(seated.rsvp.virtualUrl, undefined, 'an in-person event shows no virtual link');
    const byMember = await reply(tenant, GARDEN, {}, tenant.memberToken({ email: 'a@example.com' }));
    assert.equal(byMember.rsvp.id, seated.rsvp.id);
    assert.equal(byMember.rsvp.virtualUrl, undefined, 'not even to its member');
    await reply(tenant, GARDEN, rsvp('b@example.com'));
    const full = await reply(tenant, GARDEN, rsvp('c@example.com'));
    assert.equal(full.status, 409);
    assert.equal(full.rsvp.code, 'event_full');
    assert.equal(
      (await reply(tenant, DEMO_IDS.events.fullWithoutWaitlist, rsvp('d@example.com'))).rsvp.code,
      'event_full',
    );
  });

  test('the policies are asked for before telling that the seats are gone', async () => {
    const tenant = await tenantWithEvents();
    const { policies } = (await tenant.api.get(`/v1/events/${REUNION}`)).body as AlumniEvent;
    await context.database.db
      .update(events)
      .set({ policies, capacity: 0 })
      .where(and(eq(events.tenantId, tenant.tenantId), eq(events.id, GARDEN)));
    const unacknowledged = await reply(tenant, GARDEN, rsvp('a@example.com'));
    assert.equal(unacknowledged.rsvp.code, 'policy_not_acknowledged');
    const full = await reply(tenant, GARDEN, rsvp('a@example.com', REUNION_POLICIES));
    assert.equal(full.rsvp.code, 'event_full');
  });

  test('concurrent replies never take more seats than there are', async () => {
    const tenant = await tenantWithEvents();
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, index) => reply(tenant, GARDEN, rsvp(`p${index}@example.com`))),
    );
    assert.equal(replies.filter(({ status }) => status === 201).length, 2);
    assert.equal(replies.filter(({ status }) => status === 409).length, 6);
  });

  test('policies must be acknowledged at their current version; the exact text is stored', async () => {
    const tenant = await tenantWithEvents();
    const missing = await reply(tenant, REUNION, rsvp('a@example.com'));
    assert.equal(missing.status, 422);
    assert.equal(missing.rsvp.code, 'policy_not_acknowledged');
    assert.deepEqual(
      missing.rsvp.errors?.map((error) => error.pointer),
      ['/acknowledgedPolicies/pol_alcohol'],
    );
    const outdated = await reply(
      tenant,
      REUNION,
      rsvp('a@example.com', {
        acknowledgedPolicies: [{ policyId: 'pol_alcohol', version: '2025-01' }],
      }),
    );
    assert.equal(outdated.status, 422);

    const accepted = await reply(tenant, REUNION, rsvp('a@example.com', REUNION_POLICIES));
    assert.equal(accepted.status, 201);
    assert.deepEqual(accepted.rsvp.acknowledgedPolicies, [{ policyId: 'pol_alcohol', version: '2026-01' }]);
    assert.equal(accepted.rsvp.virtualUrl, 'https://meet.example.com/tokyo-10th-reunion');
    const [row] = await context.database.db.select().from(rsvps).where(eq(rsvps.id, accepted.rsvp.id));
    assert.match(row?.acceptedPolicies[0]?.text ?? '', /legal drinking age/);
  });

  test('a member token stands for the attendee; without either the attendee is required', async () => {
    const tenant = await tenantWithEvents();
    const token = tenant.memberToken({ email: 'member@example.com', name: 'Member One' });
    const byToken = await reply(tenant, PANEL, {}, token);
    assert.equal(byToken.status, 201);
    const [row] = await context.database.db.select().from(rsvps).where(eq(rsvps.id, byToken.rsvp.id));
    assert.equal(row?.attendeeEmail, 'member@example.com');
    assert.equal(row?.attendeeSub, 'member@example.com');

    const anonymous = await reply(tenant, PANEL, {});
    assert.equal(anonymous.status, 400);
    assert.deepEqual(
      anonymous.rsvp.errors?.map((error) => error.pointer),
      ['/attendee'],
    );
  });

  test('replying again gives the RSVP back, without cancel token, and the link only to its member', async () => {
    const tenant = await tenantWithEvents();
    const first = await reply(tenant, PANEL, rsvp('twice@example.com'));
    const byContact = await reply(tenant, PANEL, rsvp('TWICE@example.com'));
    assert.equal(byContact.rsvp.id, first.rsvp.id);
    assert.equal(byContact.rsvp.cancelToken, undefined);
    assert.equal(byContact.rsvp.virtualUrl, undefined, 'anyone may type an e-mail address');
    const byMember = await reply(tenant, PANEL, {}, tenant.memberToken({ email: 'twice@example.com' }));
    assert.equal(byMember.rsvp.id, first.rsvp.id);
    assert.equal(byMember.rsvp.virtualUrl, PANEL_URL);
  });

  test('past, cancelled, draft and unknown events take no replies', async () => {
    const tenant = await tenantWithEvents();
    const past = await reply(tenant, 'evt_tokyo_year_end_party', rsvp('a@example.com'));
    assert.equal(past.status, 409);
    assert.equal(past.rsvp.code, 'event_unavailable');
    const cancelled = await reply(tenant, DEMO_IDS.events.cancelled, rsvp('a@example.com'));
    assert.equal(cancelled.status, 409);
    assert.equal(cancelled.rsvp.code, 'event_unavailable');
    assert.equal((await reply(tenant, 'evt_spring_offsite_draft', rsvp('a@example.com'))).status, 404);
    assert.equal((await reply(tenant, 'evt_nope', rsvp('a@example.com'))).status, 404);
  });

  test('cancel: by the member token of the attendee; anyone else is refused', async () => {
    const tenant = await tenantWithEvents();
    const { rsvp: created } = await reply(tenant, PANEL, rsvp('owner@example.com'));
    const path = `/v1/rsvps/${created.id}/cancel`;
    assert.equal((await tenant.api.post(path, { cancelToken: 'not-the-token' })).status, 403);
    const stranger = tenant.memberToken({ email: 'stranger@example.com' });
    assert.equal((await tenant.api.post(path, {}, { memberToken: stranger })).status, 403);
    const noProof = await tenant.api.post(path, {});
    assert.equal(noProof.status, 400);
    assert.deepEqual(
      (noProof.body as { errors: { pointer: string }[] }).errors.map((error) => error.pointer),
      ['/cancelToken'],
    );
    assert.equal((await tenant.api.post('/v1/rsvps/rsvp_unknown/cancel', { cancelToken: 'x' })).status, 404);
    assert.equal((await tenant.api.post('/v1/rsvps/rsvp_unknown/cancel', {})).status, 400, 'proof first');

    const owner = tenant.memberToken({ email: 'owner@example.com' });
    const cancelled = await tenant.api.post(path, {}, { memberToken: owner });
    assert.equal(cancelled.status, 200);
    assert.equal((cancelled.body as Rsvp).status, 'cancelled');
  });
});
