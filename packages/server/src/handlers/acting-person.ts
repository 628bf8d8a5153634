import { fieldError, type Contact, type Locale, type MemberTokenClaims } from '@alumni-kit/contract';
import { invalidFields } from '../http/api-problem.ts';

/** Who is acting: from the member token (with its `sub`) or from the contact the form sent. */
export interface Person extends Contact {
  sub?: string;
}

/** The member token's person, else the contact the form sent, if any. */
export function personOf(
  member: MemberTokenClaims | undefined,
  contact: Contact | undefined,
): Person | undefined {
  if (member) return { name: member.name, email: member.email, sub: member.sub };
  return contact && { ...contact };
}

/** Who is acting, required: without a member token, the contact in `field` must be there (else 400). */
export function actingPerson(
  member: MemberTokenClaims | undefined,
  contact: Contact | undefined,
  field: string,
  locale: Locale,
): Person {
  const person = personOf(member, contact);
  if (!person) throw invalidFields([fieldError([field], 'required', locale)]);
  return person;
}
