import { encodeBase64Url } from '@alumni-kit/contract';

/** Unguessable URL-safe text from the platform's CSPRNG (also available outside secure contexts). */
export const randomToken = (bytes = 24): string =>
  encodeBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));

/** A new record id such as `rsvp_3kq…`, matching the contract's id pattern. */
export const newId = (prefix: string): string => `${prefix}_${randomToken(12)}`;
