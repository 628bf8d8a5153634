import { requireMemberClaims } from '../identity.ts';
import { findMemberByEmail } from '../members.ts';
import type { Operation, OperationContext } from '../operation.ts';
import { notFound } from '../problems.ts';
import type { StoredMember } from '../store.ts';

/** The member the token names (by e-mail): 401 without a token, 404 when not a member. */
function currentMember(context: OperationContext): StoredMember {
  const stored = findMemberByEmail(context.store, requireMemberClaims(context).email);
  if (!stored) throw notFound();
  return stored;
}

export const getMe: Operation<'getMe'> = (_input, context) => {
  const { member, preferences } = currentMember(context);
  return { member, preferences };
};

export const updatePreferences: Operation<'updatePreferences'> = ({ body }, context) => {
  currentMember(context).preferences = body;
  return body;
};
