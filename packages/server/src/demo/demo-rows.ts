import { acceptedPolicies, type EventPolicy } from '@alumni-kit/contract';
import type { DemoData, DemoMember, DemoRsvp } from '@alumni-kit/contract/demo';
import { sha256 } from '../auth/hash.ts';
import type * as schema from '../db/schema/index.ts';

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Every table row of the demo data, for one tenant. */
export interface DemoRows {
  events: Row<typeof schema.events>[];
  roles: Row<typeof schema.openRoles>[];
  surveys: Row<typeof schema.surveys>[];
  members: Row<typeof schema.members>[];
  memberEmails: Row<typeof schema.memberEmails>[];
  invitations: Row<typeof schema.invitations>[];
  rsvps: Row<typeof schema.rsvps>[];
}

const date = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

function memberRow(tenantId: string, { member, preferences, consent, employeeId }: DemoMember) {
  return {
    ...member,
    tenantId,
    employeeId,
    consentVersion: consent.privacyPolicyVersion,
    consentAcceptedAt: new Date(consent.acceptedAt),
    ...preferences,
    createdAt: new Date(member.createdAt),
    updatedAt: new Date(member.createdAt),
  };
}

/** An RSVP with the exact text of each policy it acknowledged, as a new RSVP keeps it. */
function rsvpRow(tenantId: string, rsvp: DemoRsvp, policiesOf: (eventId: string) => EventPolicy[]) {
  return {
    tenantId,
    id: rsvp.id,
    eventId: rsvp.eventId,
    status: rsvp.status,
    attendeeName: rsvp.attendee.name,
    attendeeEmail: rsvp.attendee.email,
    acceptedPolicies: acceptedPolicies(policiesOf(rsvp.eventId), rsvp.acknowledgedPolicies),
    cancelTokenHash: sha256(rsvp.cancelToken),
    createdAt: new Date(rsvp.createdAt),
    updatedAt: new Date(rsvp.updatedAt),
  };
}

/** The demo data as rows of one tenant. */
export function demoRows(tenantId: string, data: DemoData): DemoRows {
  const policiesOf = (eventId: string) => data.events.find((event) => event.id === eventId)?.policies ?? [];
  return {
    events: data.events.map((event) => ({
      ...event,
      tenantId,
      startsAt: new Date(event.startsAt),
      endsAt: new Date(event.endsAt),
      updatedAt: new Date(event.updatedAt),
    })),
    roles: data.roles.map((role) => ({ ...role, tenantId, postedAt: new Date(role.postedAt) })),
    surveys: data.surveys.map((survey) => ({ ...survey, tenantId, closesAt: date(survey.closesAt) })),
    members: data.members.map((member) => memberRow(tenantId, member)),
    memberEmails: data.members.flatMap(({ member }) =>
      [member.email, member.workEmail]
        .filter((email) => email !== undefined)
        .map((email) => ({ tenantId, email, memberId: member.id })),
    ),
    invitations: data.invitations.map((invitation) => ({
      ...invitation,
      tenantId,
      sentAt: new Date(invitation.sentAt),
      openedAt: date(invitation.openedAt),
    })),
    rsvps: data.rsvps.map((rsvp) => rsvpRow(tenantId, rsvp, policiesOf)),
  };
}
