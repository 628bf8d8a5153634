import type { Member, Preferences, RouteParsedInput, Routes } from '@alumni-kit/contract';
import { findMemberByEmail } from '../members.ts';
import { omit } from '../omit.ts';
import type { Operation } from '../operation.ts';
import { apiError } from '../problems.ts';
import { newId } from '../random.ts';
import { isSpam } from '../spam.ts';
import type { Store, StoredMember } from '../store.ts';

type SignupBody = RouteParsedInput<Routes['createSignup']>['body'];

/** What a new member hears about until they choose: events only, at most monthly. */
const DEFAULT_PREFERENCES: Preferences = { cadence: 'monthly', topics: ['events'], paused: false };

const PRIVATE_FIELDS = ['consent', 'invitationToken', 'source', 'hiddenFields', 'antiSpam'] as const;

function toMember(body: SignupBody, createdAt: string): Member {
  const profile =
    body.mode === 'employee'
      ? { ...omit(body, ...PRIVATE_FIELDS, 'personalEmail', 'employeeId'), email: body.personalEmail }
      : omit(body, ...PRIVATE_FIELDS);
  return { id: newId('mem'), ...profile, createdAt };
}

/** Accepts the invitation behind `token` once; later signups with it accept nothing. */
function acceptInvitation(store: Store, token: string | undefined, at: string): boolean {
  const invitation = token === undefined ? undefined : store.invitations.get(token);
  if (!invitation || invitation.status === 'accepted') return false;
  invitation.status = 'accepted';
  invitation.acceptedAt = at;
  return true;
}

/**
 * Employee (onboarding, with a personal e-mail for after exit) or alumni signup. Any of the
 * person's addresses already on a member → 409 `already_member`.
 */
export const createSignup: Operation<'createSignup'> = ({ body }, { store, now }) => {
  const createdAt = now().toISOString();
  const member = toMember(body, createdAt);
  if (isSpam(body)) return { member, invitationAccepted: false };

  const addresses = body.mode === 'employee' ? [body.personalEmail, body.workEmail] : [body.email];
  if (addresses.some((email) => findMemberByEmail(store, email))) throw apiError('already_member');

  const stored: StoredMember = {
    member,
    preferences: structuredClone(DEFAULT_PREFERENCES),
    consent: { privacyPolicyVersion: body.consent.privacyPolicyVersion, acceptedAt: createdAt },
    ...(body.mode === 'employee' && body.employeeId !== undefined && { employeeId: body.employeeId }),
    ...(body.source && { source: body.source }),
    ...(body.hiddenFields && { hiddenFields: body.hiddenFields }),
    ...(body.invitationToken !== undefined && { invitationToken: body.invitationToken }),
  };
  store.members.set(member.id, stored);
  return { member, invitationAccepted: acceptInvitation(store, body.invitationToken, createdAt) };
};
