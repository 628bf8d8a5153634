import type { AlumniEvent } from '../schemas/event.ts';
import type { Invitation } from '../schemas/invitation.ts';
import type { Member } from '../schemas/member.ts';
import type { Preferences } from '../schemas/preferences.ts';
import type { OpenRole } from '../schemas/referral.ts';
import type { Contact, PolicyAcknowledgement, RsvpStatus } from '../schemas/rsvp.ts';
import type { Survey } from '../schemas/survey.ts';

/** An event as its organiser keeps it: drafts, the virtual link and the waitlist switch are not public. */
export interface DemoEvent extends Omit<AlumniEvent, 'status' | 'seatsLeft' | 'waitlist'> {
  status: 'draft' | 'published' | 'cancelled';
  waitlistEnabled: boolean;
  virtualUrl?: string;
}

/** A role referrals may name while it is `open`. */
export interface DemoRole extends OpenRole {
  open: boolean;
}

/** A member with what they chose and agreed to when they joined. */
export interface DemoMember {
  member: Member;
  preferences: Preferences;
  consent: { privacyPolicyVersion: string; acceptedAt: string };
  /** The host company's id of an employee, the `sub` of their member token. */
  employeeId?: string;
}

/** An invitation e-mailed to someone who is not a member yet. */
export interface DemoInvitation {
  token: string;
  email: string;
  status: Invitation['status'];
  sentAt: string;
  openedAt?: string;
}

/** A reply to an event, with the policies its attendee acknowledged. */
export interface DemoRsvp {
  id: string;
  eventId: string;
  attendee: Contact;
  status: RsvpStatus;
  acknowledgedPolicies: PolicyAcknowledgement[];
  cancelToken: string;
  createdAt: string;
  updatedAt: string;
}

/** Everything a demo starts with, dated relative to the moment it was made for. */
export interface DemoData {
  events: DemoEvent[];
  roles: DemoRole[];
  surveys: Survey[];
  invitations: DemoInvitation[];
  members: DemoMember[];
  rsvps: DemoRsvp[];
}
