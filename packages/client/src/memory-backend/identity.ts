import {
  fieldError,
  readMemberTokenClaims,
  type Contact,
  type MemberTokenClaims,
} from '@alumni-kit/contract';
import type { OperationContext } from './operation.ts';
import { apiError, invalidFields } from './problems.ts';
import type { Person } from './store.ts';

type IdentityContext = Pick<OperationContext, 'memberToken' | 'now' | 'locale'>;

/**
 * The claims of the member token, if one was sent. Its signature is NOT checked: an
 * in-process backend holds no identity secret (the server verifies HS256 first). An
 * unreadable or expired token is refused, as the server refuses it.
 */
export function memberClaims(context: IdentityContext): MemberTokenClaims | undefined {
  if (!context.memberToken) return undefined;
  const claims = readMemberTokenClaims(context.memberToken);
  if (!claims || claims.exp * 1000 <= context.now().getTime()) throw apiError('unauthorized');
  return claims;
}

/** The claims of the member token; 401 without one. */
export function requireMemberClaims(context: IdentityContext): MemberTokenClaims {
  const claims = memberClaims(context);
  if (!claims) throw apiError('unauthorized');
  return claims;
}

/** Who is acting: the member token's person, else the contact the form sent, if any. */
export function personOf(context: IdentityContext, contact: Contact | undefined): Person | undefined {
  const claims = memberClaims(context);
  if (claims) return { name: claims.name, email: claims.email, sub: claims.sub };
  return contact && { ...contact };
}

/** Who is acting, required: without a member token, the contact in `field` must be there (else 400). */
export function actingPerson(context: IdentityContext, contact: Contact | undefined, field: string): Person {
  const person = personOf(context, contact);
  if (!person) throw invalidFields([fieldError([field], 'required', context.locale)]);
  return person;
}
