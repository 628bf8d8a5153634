import type {
  AcceptedPolicy,
  Contact,
  Invitation,
  KNOWN_FOR,
  Referral,
  RELATIONSHIPS,
  RsvpStatus,
  Source,
  Survey,
  SurveyAnswer,
} from '@alumni-kit/contract';
import type { DemoEvent, DemoMember, DemoRole } from '@alumni-kit/contract/demo';

/** Who did something: from the member token (with its `sub`) or from a contact the form sent. */
export interface Person extends Contact {
  sub?: string;
}

export type StoredEvent = DemoEvent;

export interface StoredMember extends DemoMember {
  source?: Source;
  hiddenFields?: Record<string, string>;
  invitationToken?: string;
}

export interface StoredInvitation extends Invitation {
  email: string;
}

export interface StoredRsvp {
  id: string;
  eventId: string;
  attendee: Person;
  status: RsvpStatus;
  acceptedPolicies: AcceptedPolicy[];
  needs?: { accessibility?: string; dietary?: string };
  presentation?: { topic: string; abstract?: string };
  cancelToken: string;
  createdAt: string;
  updatedAt: string;
}

export type StoredRole = DemoRole;

export interface StoredReferral extends Referral {
  referrer: Person;
  candidate: { name: string; email: string; profileUrl?: string };
  relationship: (typeof RELATIONSHIPS)[number];
  knownFor: (typeof KNOWN_FOR)[number];
  note?: string;
}

export interface StoredSurveyResponse {
  id: string;
  surveyId: string;
  eventId?: string;
  /** Absent for anonymous surveys. */
  respondent?: Person;
  answers: SurveyAnswer[];
  submittedAt: string;
}

/** Everything the in-memory backend knows. Maps keep insertion order, which is the order of arrival. */
export interface Store {
  members: Map<string, StoredMember>;
  invitations: Map<string, StoredInvitation>;
  events: Map<string, StoredEvent>;
  rsvps: Map<string, StoredRsvp>;
  roles: Map<string, StoredRole>;
  referrals: Map<string, StoredReferral>;
  surveys: Map<string, Survey>;
  surveyResponses: Map<string, StoredSurveyResponse>;
  /**
   * Per survey, keyed one-way hashes of who answered: enough to allow one response per
   * member, not enough to tell who gave which answers of an anonymous survey.
   */
  surveyRespondents: Map<string, Set<string>>;
}

export const createEmptyStore = (): Store => ({
  members: new Map(),
  invitations: new Map(),
  events: new Map(),
  rsvps: new Map(),
  roles: new Map(),
  referrals: new Map(),
  surveys: new Map(),
  surveyResponses: new Map(),
  surveyRespondents: new Map(),
});
