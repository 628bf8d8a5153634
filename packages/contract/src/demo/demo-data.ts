import { demoEvents } from './events.ts';
import { demoInvitations, demoMembers } from './members.ts';
import { demoRoles } from './roles.ts';
import { demoRsvps } from './rsvps.ts';
import { demoSurveys } from './surveys.ts';
import type { DemoData } from './types.ts';

/**
 * The demo data, dated relative to `now`: the same records, ids and tokens in every process
 * that asks for the same `now`, so the in-memory backend and a server seeded from it agree.
 */
export const demoData = (now: Date): DemoData => ({
  events: demoEvents(now),
  roles: demoRoles(now),
  surveys: demoSurveys(now),
  invitations: demoInvitations(now),
  members: demoMembers(now),
  rsvps: demoRsvps(now),
});
