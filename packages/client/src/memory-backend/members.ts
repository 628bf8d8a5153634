import type { Store, StoredMember } from './store.ts';

/** The member whose personal or work e-mail is `email` (already lower-cased by the contract). */
export const findMemberByEmail = (store: Store, email: string): StoredMember | undefined =>
  [...store.members.values()].find(({ member }) => member.email === email || member.workEmail === email);
