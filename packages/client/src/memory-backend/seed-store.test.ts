import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AlumniEvent, validate } from '@alumni-kit/contract';
import { DEMO_IDS, demoData } from '@alumni-kit/contract/demo';
import { toPublicEvent } from './event-view.ts';
import { seedStore } from './seed-store.ts';
import { createEmptyStore } from './store.ts';
import { NOW } from './test-helpers.ts';

const seeded = () => {
  const store = createEmptyStore();
  seedStore(store, NOW);
  return store;
};
const store = seeded();
const publicEvent = (id: string) => {
  const event = store.events.get(id);
  assert.ok(event, id);
  return toPublicEvent(store, event);
};

describe('seedStore', () => {
  it('holds every record of the demo data', () => {
    const demo = demoData(NOW);
    assert.deepEqual(
      [store.events, store.roles, store.surveys, store.invitations, store.members, store.rsvps].map(
        (records) => records.size,
      ),
      [demo.events, demo.roles, demo.surveys, demo.invitations, demo.members, demo.rsvps].map(
        (records) => records.length,
      ),
    );
  });

  it('shows every event publicly as the contract describes it, seats counted from the RSVPs', () => {
    for (const event of store.events.values()) {
      const result = validate(AlumniEvent, toPublicEvent(store, event));
      assert.deepEqual(result.ok ? [] : result.errors, [], event.id);
    }
    const full = publicEvent(DEMO_IDS.events.fullWithWaitlist);
    assert.equal(full.seatsLeft, 0);
    assert.deepEqual(full.waitlist, { enabled: true, count: 1 });
    const closed = publicEvent(DEMO_IDS.events.fullWithoutWaitlist);
    assert.equal(closed.seatsLeft, 0);
    assert.equal(closed.waitlist.enabled, false);
  });

  it('keeps the exact text of each policy a demo RSVP acknowledged', () => {
    const { id, cancelToken } = DEMO_IDS.rsvps.cancellable;
    const rsvp = store.rsvps.get(id);
    const [alcohol] = store.events.get(DEMO_IDS.events.reunion)?.policies ?? [];
    assert.ok(rsvp && alcohol);
    assert.equal(rsvp.cancelToken, cancelToken);
    assert.deepEqual(rsvp.acceptedPolicies, [
      { policyId: alcohol.id, title: alcohol.title, text: alcohol.text, version: alcohol.version },
    ]);
  });

  it('shares nothing between stores', () => {
    const other = seeded();
    const policy = other.events.get(DEMO_IDS.events.reunion)?.policies[0];
    assert.ok(policy);
    policy.text = 'Changed by the organiser';
    assert.notEqual(store.events.get(DEMO_IDS.events.reunion)?.policies[0]?.text, policy.text);
    assert.notEqual(seeded().events.get(DEMO_IDS.events.reunion)?.policies[0]?.text, policy.text);
  });
});
