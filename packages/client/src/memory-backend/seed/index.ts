import type { Store } from '../store.ts';
import { seedEvents } from './events.ts';
import { seedInvitations, seedMembers } from './members.ts';
import { seedRoles } from './roles.ts';
import { seedRsvps } from './rsvps.ts';
import { seedSurveys } from './surveys.ts';

/** Fills an empty store with the demo data, dated relative to `now`. */
export function seedStore(store: Store, now: Date): void {
  const put = <T>(map: Map<string, T>, records: T[], key: (record: T) => string) =>
    records.forEach((record) => map.set(key(record), structuredClone(record)));
  put(store.events, seedEvents(now), (event) => event.id);
  put(store.rsvps, seedRsvps(now), (rsvp) => rsvp.id);
  put(store.members, seedMembers(now), ({ member }) => member.id);
  put(store.invitations, seedInvitations(now), (invitation) => invitation.token);
  put(store.roles, seedRoles(now), (role) => role.id);
  put(store.surveys, seedSurveys(now), (survey) => survey.id);
}
