import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import {
  asMember,
  assertProblem,
  createTestBackend,
  en,
  fieldCodes,
  NOW,
  rsvpBody,
} from '../test-helpers.ts';

const ids = DEMO_IDS.events;
const alcohol = { policyId: 'pol_alcohol', version: '2026-01' };
const acknowledged = [alcohol, { policyId: 'pol_code_of_conduct', version: '2026-04' }];

describe('createRsvp', () => {
  it('confirms a seat and shows the virtual link and the cancel token, once', async () => {
    const { backend } = createTestBackend();
    const rsvp = await backend.createRsvp({ params: { eventId: ids.unlimited }, body: rsvpBody() }, en);
    assert.equal(rsvp.status, 'confirmed');
    assert.equal(rsvp.virtualUrl, 'https://meet.example.com/coffee-roulette');
    assert.equal(typeof rsvp.cancelToken, 'string');
    assert.equal(rsvp.createdAt, NOW.toISOString());
    assert.equal(rsvp.waitlistPosition, undefined);
  });

  it('gives no virtual link for an in-person event', async () => {
    const { backend } = createTestBackend();
    const rsvp = await backend.createRsvp({ params: { eventId: ids.volunteering }, body: rsvpBody() }, en);
    assert.equal(rsvp.status, 'confirmed');
    assert.equal('virtualUrl' in rsvp, false);
    const event = await backend.getEvent({ params: { eventId: ids.volunteering } }, en);
    assert.equal(event.seatsLeft, 24);
  });

  it('takes the attendee from the member token when there is one', async () => {
    const { backend, store } = createTestBackend();
    const body = rsvpBody({ attendee: undefined });
    const rsvp = await backend.createRsvp(
      { params: { eventId: ids.unlimited }, body },
      asMember(DEMO_IDS.members.alumna),
    );
    const { name, email, sub } = DEMO_IDS.members.alumna;
    assert.deepEqual(store.rsvps.get(rsvp.id)?.attendee, { name, email, sub });
  });

  it('asks for the attendee when there is no member token (400), refuses an expired token (401)', async () => {
    const { backend } = createTestBackend();
    const call = backend.createRsvp({ params: { eventId: ids.unlimited }, body: {} }, en);
    assert.deepEqual(fieldCodes(await assertProblem(call, 400, 'validation_failed')), ['attendee: required']);
    const expired = asMember(DEMO_IDS.members.alumna, NOW.getTime() / 1000 - 1);
    await assertProblem(
      backend.createRsvp({ params: { eventId: ids.unlimited }, body: {} }, expired),
      401,
      'unauthorized',
    );
    await assertProblem(
      backend.createRsvp(
        { params: { eventId: ids.unlimited }, body: {} },
        { locale: 'en', memberToken: 'garbage' },
      ),
      401,
      'unauthorized',
    );
  });

  it('puts people on the waitlist once the seats are gone, without the virtual link', async () => {
    const { backend } = createTestBackend();
    const rsvp = await backend.createRsvp(
      { params: { eventId: ids.fullWithWaitlist }, body: rsvpBody() },
      en,
    );
    assert.equal(rsvp.status, 'waitlisted');
    assert.equal(rsvp.waitlistPosition, 2);
    assert.equal('virtualUrl' in rsvp, false);
    const event = await backend.getEvent({ params: { eventId: ids.fullWithWaitlist } }, en);
    assert.deepEqual([event.seatsLeft, event.waitlist.count], [0, 2]);
  });

  it('refuses a full event without waitlist: 409 event_full', async () => {
    const { backend, store } = createTestBackend();
    const count = store.rsvps.size;
    const call = backend.createRsvp({ params: { eventId: ids.fullWithoutWaitlist }, body: rsvpBody() }, en);
    const problem = await assertProblem(call, 409, 'event_full');
    assert.equal(problem.title, 'This event has no seat left');
    assert.equal(store.rsvps.size, count);
  });

  it('refuses a cancelled event and one that has ended: 409 event_unavailable', async () => {
    const { backend } = createTestBackend();
    for (const eventId of [ids.cancelled, ids.pastLearning]) {
      await assertProblem(
        backend.createRsvp({ params: { eventId }, body: rsvpBody() }, en),
        409,
        'event_unavailable',
      );
    }
  });

  it('takes replies until the event ends, then none', async () => {
    const test = createTestBackend();
    const params = { eventId: ids.unlimited };
    const endsAt = Date.parse(test.store.events.get(ids.unlimited)?.endsAt ?? '');
    test.clock.now = new Date(endsAt);
    await test.backend.createRsvp({ params, body: rsvpBody() }, en);
    test.clock.now = new Date(endsAt + 1);
    const late = rsvpBody({ attendee: { name: 'Late Comer', email: 'late@example.com' } });
    await assertProblem(test.backend.createRsvp({ params, body: late }, en), 409, 'event_unavailable');
  });

  it('asks for the policies before telling that the seats are gone', async () => {
    const { backend, store } = createTestBackend();
    const event = store.events.get(ids.fullWithoutWaitlist);
    assert.ok(event);
    event.policies = store.events.get(ids.servingAlcohol)?.policies ?? [];
    const params = { eventId: ids.fullWithoutWaitlist };
    await assertProblem(backend.createRsvp({ params, body: rsvpBody() }, en), 422, 'policy_not_acknowledged');
    const body = rsvpBody({ acknowledgedPolicies: acknowledged });
    await assertProblem(backend.createRsvp({ params, body }, en), 409, 'event_full');
  });

  it('answers 404 for drafts and unknown events', async () => {
    const { backend } = createTestBackend();
    for (const eventId of [ids.draft, 'evt_unknown']) {
      await assertProblem(
        backend.createRsvp({ params: { eventId }, body: rsvpBody() }, en),
        404,
        'not_found',
      );
    }
  });

  it('requires every policy at its current version, naming each one missing (422)', async () => {
    const { backend, store } = createTestBackend();
    const params = { eventId: ids.servingAlcohol };
    const none = await assertProblem(
      backend.createRsvp({ params, body: rsvpBody() }, en),
      422,
      'policy_not_acknowledged',
    );
    assert.deepEqual(fieldCodes(none), [
      'acknowledgedPolicies.pol_alcohol: must_accept',
      'acknowledgedPolicies.pol_code_of_conduct: must_accept',
    ]);
    assert.equal(none.errors[0]?.pointer, '/acknowledgedPolicies/pol_alcohol');

    const stale = rsvpBody({
      acknowledgedPolicies: [alcohol, { policyId: 'pol_code_of_conduct', version: '2025-01' }],
    });
    const problem = await assertProblem(
      backend.createRsvp({ params, body: stale }, en),
      422,
      'policy_not_acknowledged',
    );
    assert.deepEqual(fieldCodes(problem), ['acknowledgedPolicies.pol_code_of_conduct: must_accept']);
    assert.equal([...store.rsvps.values()].filter((rsvp) => rsvp.eventId === ids.servingAlcohol).length, 0);
  });

  it('stores the exact text and version of every policy accepted', async () => {
    const { backend, store } = createTestBackend();
    const body = rsvpBody({ acknowledgedPolicies: acknowledged, needs: { dietary: 'Vegetarian' } });
    const rsvp = await backend.createRsvp({ params: { eventId: ids.servingAlcohol }, body }, en);
    assert.deepEqual(rsvp.acknowledgedPolicies, acknowledged);
    const stored = store.rsvps.get(rsvp.id);
    const policies = store.events.get(ids.servingAlcohol)?.policies ?? [];
    assert.deepEqual(
      stored?.acceptedPolicies.map(({ text, version }) => ({ text, version })),
      policies.map(({ text, version }) => ({ text, version })),
    );
    assert.deepEqual(stored?.needs, { dietary: 'Vegetarian' });
  });

  it('stores an application to present', async () => {
    const { backend, store } = createTestBackend();
    const body = rsvpBody({ presentation: { topic: 'LLM evals in production' } });
    const rsvp = await backend.createRsvp({ params: { eventId: ids.callForSpeakers }, body }, en);
    assert.deepEqual(store.rsvps.get(rsvp.id)?.presentation, { topic: 'LLM evals in production' });
  });

  it('gives someone who replies again their RSVP back, without the cancel token', async () => {
    const { backend, store } = createTestBackend();
    const params = { eventId: ids.unlimited };
    const first = await backend.createRsvp({ params, body: rsvpBody() }, en);
    const count = store.rsvps.size;
    const body = rsvpBody({ attendee: { name: 'Jane D.', email: 'JANE.DOE@example.com' } });
    const again = await backend.createRsvp({ params, body }, en);
    assert.equal(again.id, first.id);
    assert.equal(again.cancelToken, undefined);
    assert.equal(store.rsvps.size, count);
  });

  it('shows the virtual link of an earlier RSVP only to its attendee’s member token, not to an e-mail', async () => {
    const { backend } = createTestBackend();
    const params = { eventId: ids.unlimited };
    const link = 'https://meet.example.com/coffee-roulette';
    const first = await backend.createRsvp({ params, body: rsvpBody() }, en);
    assert.equal(first.virtualUrl, link);

    const byEmail = await backend.createRsvp({ params, body: rsvpBody() }, en);
    assert.equal(byEmail.id, first.id);
    assert.equal('virtualUrl' in byEmail, false, 'anyone may type an e-mail address');
    assert.equal('cancelToken' in byEmail, false);

    const someoneElse = asMember({ sub: 'mallory', email: 'mallory@example.com', name: 'Mallory' });
    const theirOwn = await backend.createRsvp({ params, body: rsvpBody() }, someoneElse);
    assert.notEqual(theirOwn.id, first.id, 'a member token replies for its own member, not the body’s');

    const jane = asMember({ sub: 'jane', email: 'jane.doe@example.com', name: 'Jane Doe' });
    const byToken = await backend.createRsvp({ params, body: {} }, jane);
    assert.equal(byToken.id, first.id);
    assert.equal(byToken.virtualUrl, link);
    assert.equal('cancelToken' in byToken, false);
  });

  it('pretends to succeed for a bot that filled the honeypot, and stores nothing', async () => {
    const { backend, store } = createTestBackend();
    const count = store.rsvps.size;
    const body = rsvpBody({ antiSpam: { honeypot: 'x' } });
    const rsvp = await backend.createRsvp({ params: { eventId: ids.unlimited }, body }, en);
    assert.equal(rsvp.status, 'confirmed');
    assert.equal('virtualUrl' in rsvp, false);
    assert.equal(store.rsvps.size, count);
  });
});
