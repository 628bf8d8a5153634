import { encodeBase64UrlJson, type MemberTokenClaims } from '@alumni-kit/contract';

/** 2100-01-01: demo tokens do not expire, whatever clock a story or test runs on. */
const FAR_FUTURE = 4_102_444_800;

/**
 * A member token the in-memory backend accepts: JWT-shaped, UNSIGNED. Only for stories,
 * examples and tests; a real server refuses it (hosts mint HS256 tokens with the tenant's
 * identity secret).
 */
export function createUnsignedMemberToken(claims: Omit<MemberTokenClaims, 'exp'> & { exp?: number }): string {
  const header = encodeBase64UrlJson({ alg: 'none', typ: 'JWT' });
  return `${header}.${encodeBase64UrlJson({ ...claims, exp: claims.exp ?? FAR_FUTURE })}.unsigned`;
}
