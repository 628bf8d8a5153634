import * as z from 'zod/mini';
import { decodeBase64UrlJson } from '../base64url.ts';
import { email, line, personName } from '../primitives.ts';

/**
 * Claims of a member token: a JWT (HS256) that the host site mints with the
 * tenant's identity secret after its own login, so the widgets know who is there.
 */
export const MemberTokenClaims = z.object({
  /** The host's stable id for the person (employee id or account id). */
  sub: line(128),
  email,
  name: personName,
  /** Expiry, seconds since the epoch. */
  exp: z.int(),
  /** Issued at, seconds since the epoch. */
  iat: z.optional(z.int()),
});
export type MemberTokenClaims = z.infer<typeof MemberTokenClaims>;

/**
 * Reads a member token's claims WITHOUT checking its signature: for display and
 * for in-process demo backends only. Servers verify the signature (HS256) first.
 */
export function readMemberTokenClaims(token: string): MemberTokenClaims | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  const result = MemberTokenClaims.safeParse(decodeBase64UrlJson(payload));
  return result.success ? result.data : undefined;
}
