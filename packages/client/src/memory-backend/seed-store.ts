import { acceptedPolicies } from '@alumni-kit/contract';
import { demoData, type DemoEvent, type DemoRsvp } from '@alumni-kit/contract/demo';
import type { Store, StoredRsvp } from './store.ts';

/** An RSVP of the demo with the exact text of each policy it acknowledged, as a new RSVP keeps it. */
function toStoredRsvp({ acknowledgedPolicies, ...rsvp }: DemoRsvp, events: DemoEvent[]): StoredRsvp {
  const policies = events.find((event) => event.id === rsvp.eventId)?.policies ?? [];
  return { ...rsvp, acceptedPolicies: acceptedPolicies(policies, acknowledgedPolicies) };
}

/** Fills an empty store with the demo data, dated relative to `now`. */
export function seedStore(store: Store, now: Date): void {
  const { events, roles, surveys, invitations, members, rsvps } = demoData(now);
  const put = <T>(map: Map<string, T>, records: T[], key: (record: T) => string) =>
    records.forEach((record) => map.set(key(record), structuredClone(record)));
  put(store.events, events, (event) => event.id);
  put(
    store.rsvps,
    rsvps.map((rsvp) => toStoredRsvp(rsvp, events)),
    (rsvp) => rsvp.id,
  );
  put(store.members, members, ({ member }) => member.id);
  put(store.invitations, invitations, (invitation) => invitation.token);
  put(store.roles, roles, (role) => role.id);
  put(store.surveys, surveys, (survey) => survey.id);
}
