import { randomBytes } from 'node:crypto';

/** Unguessable URL-safe text. */
export const randomToken = (bytes = 24): string => randomBytes(bytes).toString('base64url');

/** A new record id such as `rsvp_3kq…`, matching the contract's id pattern. */
export const newId = (prefix: string): string => `${prefix}_${randomToken(12)}`;
