import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import {
  asMember,
  assertProblem,
  createTestBackend,
  en,
  fieldCodes,
  rsvpBody,
  type TestBackend,
} from '../test-helpers.ts';

const { fullWithWaitlist, unlimited } = DEMO_IDS.events;

/** The seeded RSVP whose seat the first person waiting will get, with its cancel token. */
function seededSeat({ store }: TestBackend) {
  const rsvp = store.rsvps.get('rsvp_seed_1');
  assert.ok(rsvp);
  return { rsvpId: rsvp.id, cancelToken: rsvp.cancelToken };
}

describe('cancelRsvp', () => {
  it('cancels with the cancel token and gives the seat to the first person waiting', async () => {
    const test = createTestBackend();
    const { backend, store } = test;
    const mine = await backend.createRsvp({ params: { eventId: fullWithWaitlist }, body: rsvpBody() }, en);
    assert.equal(mine.waitlistPosition, 2);

    const { rsvpId, cancelToken } = seededSeat(test);
    const cancelled = await backend.cancelRsvp({ params: { rsvpId }, body: { cancelToken } }, en);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.cancelToken, undefined);
    assert.equal(store.rsvps.get('rsvp_seed_4')?.status, 'confirmed');

    const event = await backend.getEvent({ params: { eventId: fullWithWaitlist } }, en);
    assert.deepEqual([event.seatsLeft, event.waitlist.count], [0, 1]);
    const again = await backend.createRsvp({ params: { eventId: fullWithWaitlist }, body: rsvpBody() }, en);
    assert.deepEqual([again.id, again.waitlistPosition], [mine.id, 1]);
  });

  it('shows the virtual link to someone promoted from the waitlist, on their member token', async () => {
    const test = createTestBackend();
    const { backend } = test;
    const mine = await backend.createRsvp({ params: { eventId: fullWithWaitlist }, body: rsvpBody() }, en);
    const { rsvpId, cancelToken } = seededSeat(test);
    await backend.cancelRsvp({ params: { rsvpId }, body: { cancelToken } }, en);
    const seed2 = test.store.rsvps.get('rsvp_seed_2');
    await backend.cancelRsvp(
      { params: { rsvpId: 'rsvp_seed_2' }, body: { cancelToken: seed2?.cancelToken } },
      en,
    );
    const jane = asMember({ sub: 'jane', email: 'jane.doe@example.com', name: 'Jane Doe' });
    const promoted = await backend.createRsvp({ params: { eventId: fullWithWaitlist }, body: {} }, jane);
    assert.deepEqual([promoted.id, promoted.status], [mine.id, 'confirmed']);
    assert.equal(promoted.virtualUrl, 'https://meet.example.com/career-paths-panel');
  });

  it("cancels with the attendee's member token", async () => {
    const { backend } = createTestBackend();
    const member = asMember(DEMO_IDS.members.alumna);
    const rsvp = await backend.createRsvp({ params: { eventId: unlimited }, body: {} }, member);
    const cancelled = await backend.cancelRsvp({ params: { rsvpId: rsvp.id }, body: {} }, member);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal('virtualUrl' in cancelled, false);
  });

  it('refuses a wrong cancel token or somebody else’s member token (403)', async () => {
    const { backend } = createTestBackend();
    const rsvp = await backend.createRsvp({ params: { eventId: unlimited }, body: rsvpBody() }, en);
    const params = { rsvpId: rsvp.id };
    await assertProblem(backend.cancelRsvp({ params, body: { cancelToken: 'wrong' } }, en), 403, 'forbidden');
    await assertProblem(
      backend.cancelRsvp({ params, body: {} }, asMember(DEMO_IDS.members.alumna)),
      403,
      'forbidden',
    );
  });

  it('asks for a cancel token when there is no member token (400), before looking the RSVP up; unknown RSVPs are 404', async () => {
    const { backend } = createTestBackend();
    for (const rsvpId of ['rsvp_seed_1', 'rsvp_nope']) {
      const problem = await assertProblem(
        backend.cancelRsvp({ params: { rsvpId }, body: {} }, en),
        400,
        'validation_failed',
      );
      assert.deepEqual(fieldCodes(problem), ['cancelToken: required']);
    }
    await assertProblem(
      backend.cancelRsvp({ params: { rsvpId: 'rsvp_nope' }, body: { cancelToken: 'x' } }, en),
      404,
      'not_found',
    );
  });

  it('changes nothing when cancelled twice, and lets the person reply again afterwards', async () => {
    const test = createTestBackend();
    const { backend } = test;
    const { rsvpId, cancelToken } = seededSeat(test);
    await backend.cancelRsvp({ params: { rsvpId }, body: { cancelToken } }, en);
    await backend.cancelRsvp({ params: { rsvpId }, body: { cancelToken } }, en);
    const event = await backend.getEvent({ params: { eventId: fullWithWaitlist } }, en);
    assert.deepEqual([event.seatsLeft, event.waitlist.count], [0, 0]);

    const seat = test.store.rsvps.get(rsvpId);
    const body = rsvpBody({ attendee: { name: 'Priya', email: seat?.attendee.email ?? '' } });
    const back = await backend.createRsvp({ params: { eventId: fullWithWaitlist }, body }, en);
    assert.notEqual(back.id, rsvpId);
    assert.equal(back.status, 'waitlisted');
  });

  it('moves the waitlist up when someone waiting cancels, without freeing a seat', async () => {
    const test = createTestBackend();
    const { backend, store } = test;
    const mine = await backend.createRsvp({ params: { eventId: fullWithWaitlist }, body: rsvpBody() }, en);
    const waiting = store.rsvps.get('rsvp_seed_4');
    await backend.cancelRsvp(
      { params: { rsvpId: 'rsvp_seed_4' }, body: { cancelToken: waiting?.cancelToken } },
      en,
    );
    const again = await backend.createRsvp({ params: { eventId: fullWithWaitlist }, body: rsvpBody() }, en);
    assert.deepEqual([again.id, again.status, again.waitlistPosition], [mine.id, 'waitlisted', 1]);
  });
});
