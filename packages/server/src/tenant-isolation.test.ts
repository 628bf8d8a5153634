import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AlumniEvent, Rsvp } from '@alumni-kit/contract';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import { and, eq } from 'drizzle-orm';
import { events, invitations, openRoles, surveys } from './db/schema/index.ts';
import { alumniSignup, referral, rsvp } from './test-support/bodies.ts';
import { startTestContext, type TestContext, type TestTenant } from './test-support/test-context.ts';

describe('tenant isolation: no tenant sees or changes another one’s data', () => {
  let context: TestContext;
  let a: TestTenant;
  let b: TestTenant;
  before(async () => {
    context = await startTestContext();
    a = await context.newTenant();
    b = await context.newTenant();
    const { db } = context.database;
    const [event] = await db
      .select()
      .from(events)
      .where(and(eq(events.tenantId, a.tenantId), eq(events.id, 'evt_tokyo_reunion_2026')));
    await db.insert(events).values({ ...event!, id: 'evt_only_a', title: 'Only for A' });
    await db.insert(openRoles).values({
      tenantId: a.tenantId,
      id: 'role_only_a',
      title: 'Only A',
      remote: true,
      postedAt: new Date(),
      open: true,
    });
    const [survey] = await db.select().from(surveys).where(eq(surveys.tenantId, a.tenantId));
    await db.insert(surveys).values({ ...survey!, id: 'srv_only_a' });
  });
  after(() => context.close());

  test('members', async () => {
    assert.equal((await a.api.post('/v1/signups', alumniSignup('member@example.com'))).status, 201);
    const token = b.memberToken({ email: 'member@example.com' });
    assert.equal((await b.api.get('/v1/me', { memberToken: token })).status, 404);
    assert.equal(
      (await b.api.put('/v1/me/preferences', { cadence: 'none', topics: [] }, { memberToken: token })).status,
      404,
    );
    assert.equal((await b.api.post('/v1/signups', alumniSignup('member@example.com'))).status, 201);
    const tokenForA = a.memberToken({ email: 'member@example.com' });
    assert.equal((await b.api.get('/v1/me', { memberToken: tokenForA })).status, 401);
  });

  test('events, calendars and replies', async () => {
    const listed = (await b.api.get('/v1/events')).body as { items: AlumniEvent[] };
    assert.ok(!listed.items.some((event) => event.id === 'evt_only_a'));
    assert.equal((await b.api.get('/v1/events/evt_only_a')).status, 404);
    assert.equal((await b.api.get('/v1/events/evt_only_a/calendar.ics')).status, 404);
    assert.equal((await b.api.post('/v1/events/evt_only_a/rsvps', rsvp('x@example.com'))).status, 404);
  });

  test('seats of the same event id are counted per tenant', async () => {
    const path = `/v1/events/${DEMO_IDS.events.volunteering}`;
    const seatsLeft = async (tenant: TestTenant) =>
      ((await tenant.api.get(path)).body as AlumniEvent).seatsLeft;
    const before = await seatsLeft(b);
    for (const email of ['g1@example.com', 'g2@example.com']) {
      assert.equal((await a.api.post(`${path}/rsvps`, rsvp(email))).status, 201);
    }
    assert.equal(await seatsLeft(b), before);
    assert.equal(await seatsLeft(a), (before ?? 0) - 2);
  });

  test('RSVPs cannot be cancelled through another tenant, even with their token', async () => {
    const created = (await a.api.post('/v1/events/evt_career_paths_panel/rsvps', rsvp('c@example.com')))
      .body as Rsvp;
    const foreign = await b.api.post(`/v1/rsvps/${created.id}/cancel`, { cancelToken: created.cancelToken });
    assert.equal(foreign.status, 404);
    const own = await a.api.post(`/v1/rsvps/${created.id}/cancel`, { cancelToken: created.cancelToken });
    assert.equal((own.body as Rsvp).status, 'cancelled');
  });

  test('roles and referrals', async () => {
    const roles = (await b.api.get('/v1/roles')).body as { items: { id: string }[] };
    assert.ok(!roles.items.some((role) => role.id === 'role_only_a'));
    assert.equal(
      (await b.api.post('/v1/referrals', referral('cand@example.com', 'role_only_a'))).status,
      400,
    );
    assert.equal((await a.api.post('/v1/referrals', referral('cand@example.com'))).status, 201);
    assert.equal((await b.api.post('/v1/referrals', referral('cand@example.com'))).status, 201);
  });

  test('surveys and their answers', async () => {
    assert.equal((await b.api.get('/v1/surveys/srv_only_a')).status, 404);
    const body = { answers: [{ questionId: 'q_event_rating', score: 5 }] };
    const memberToken = (tenant: TestTenant) => tenant.memberToken({ email: 'answer@example.com' });
    const path = '/v1/surveys/srv_year_end_party_feedback/responses';
    assert.equal((await a.api.post(path, body, { memberToken: memberToken(a) })).status, 201);
    assert.equal((await b.api.post(path, body, { memberToken: memberToken(b) })).status, 201);
  });

  test("invitations: another tenant's token accepts nothing", async () => {
    const token = 'inv_isolation_token_1';
    await context.database.db
      .insert(invitations)
      .values({ token, tenantId: a.tenantId, email: 'i@example.com', status: 'sent', sentAt: new Date() });
    const signup = await b.api.post('/v1/signups', alumniSignup('i@example.com', { invitationToken: token }));
    assert.equal((signup.body as { invitationAccepted: boolean }).invitationAccepted, false);
    const [row] = await context.database.db.select().from(invitations).where(eq(invitations.token, token));
    assert.equal(row?.status, 'sent');
  });
});
