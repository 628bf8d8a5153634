import { fieldError, type Referral } from '@alumni-kit/contract';
import { actingPerson } from '../identity.ts';
import { omit } from '../omit.ts';
import type { Operation } from '../operation.ts';
import { apiError, invalidFields } from '../problems.ts';
import { newId } from '../random.ts';
import { isSpam } from '../spam.ts';

/** Roles still open, as posted. */
export const listRoles: Operation<'listRoles'> = (_input, { store }) => ({
  items: [...store.roles.values()].filter((role) => role.open).map((role) => omit(role, 'open')),
});

/**
 * Refers a candidate who agreed to it, for an open role or in general (`roleId: null`).
 * The same candidate e-mail for the same role (or twice in general) → 409 `duplicate_referral`.
 */
export const createReferral: Operation<'createReferral'> = ({ body }, context) => {
  const { store, now, locale } = context;
  const referrer = actingPerson(context, body.referrer, 'referrer');
  if (body.roleId !== null && !store.roles.get(body.roleId)?.open) {
    throw invalidFields([fieldError(['roleId'], 'invalid_value', locale)]);
  }
  const referral: Referral = {
    id: newId('ref'),
    roleId: body.roleId,
    status: 'received',
    // The candidate is told who referred them and how their data is used (e-mail not sent in memory).
    candidateNotified: true,
    createdAt: now().toISOString(),
  };
  if (isSpam(body)) return referral;

  const duplicate = [...store.referrals.values()].some(
    (earlier) => earlier.roleId === body.roleId && earlier.candidate.email === body.candidate.email,
  );
  if (duplicate) throw apiError('duplicate_referral');
  const { candidate, relationship, knownFor, note } = body;
  store.referrals.set(referral.id, {
    ...referral,
    referrer,
    candidate,
    relationship,
    knownFor,
    ...(note !== undefined && { note }),
  });
  return referral;
};
