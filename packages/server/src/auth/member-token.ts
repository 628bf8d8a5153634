import { timingSafeEqual } from 'node:crypto';
import { MemberTokenClaims, validate } from '@alumni-kit/contract';
import { hmacSha256 } from './hash.ts';

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

const encodeJson = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * A member token (JWT, HS256) for the person the host site signed in: what the host's own
 * backend does with the tenant's identity secret. `exp` and `iat` are seconds since the epoch.
 */
export function mintMemberToken(claims: MemberTokenClaims, identitySecret: string): string {
  const payload = encodeJson(claims);
  return `${HEADER}.${payload}.${hmacSha256(identitySecret, `${HEADER}.${payload}`)}`;
}

/**
 * The claims of a token signed with `identitySecret`, or `undefined` when the token is malformed,
 * not HS256, wrongly signed, expired, or its claims do not match the contract.
 */
export function verifyMemberToken(
  token: string,
  identitySecret: string,
  now: Date,
): MemberTokenClaims | undefined {
  const [header, payload, signature, ...rest] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined || rest.length > 0)
    return undefined;
  const expected = Buffer.from(hmacSha256(identitySecret, `${header}.${payload}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const { alg } = (decodeJson(header) ?? {}) as { alg?: unknown };
  if (alg !== 'HS256') return undefined;
  const claims = validate(MemberTokenClaims, decodeJson(payload));
  if (!claims.ok || claims.data.exp * 1000 <= now.getTime()) return undefined;
  return claims.data;
}
