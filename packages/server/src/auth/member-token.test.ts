import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { mintMemberToken, verifyMemberToken } from './member-token.ts';

const SECRET = 'identity-secret-of-the-tenant';
const now = new Date('2026-12-01T00:00:00Z');
const seconds = now.getTime() / 1000;
const claims = {
  sub: 'acme-1042',
  email: 'hanako@example.com',
  name: '山田 花子',
  exp: seconds + 600,
  iat: seconds,
};

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (header: unknown, payload: unknown, secret = SECRET) => {
  const unsigned = `${encode(header)}.${encode(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
};

describe('member tokens (JWT, HS256)', () => {
  test('a minted token verifies to its claims', () => {
    assert.deepEqual(verifyMemberToken(mintMemberToken(claims, SECRET), SECRET, now), claims);
  });

  test('is a standard JWT any HS256 library can produce', () => {
    assert.deepEqual(verifyMemberToken(sign({ alg: 'HS256', typ: 'JWT' }, claims), SECRET, now), claims);
  });

  test('is refused when signed with another secret, tampered with, expired or malformed', () => {
    const token = mintMemberToken(claims, SECRET);
    const [header, , signature] = token.split('.');
    const refused = [
      mintMemberToken(claims, 'another-secret'),
      `${header}.${encode({ ...claims, email: 'ceo@example.com' })}.${signature}`,
      mintMemberToken({ ...claims, exp: seconds }, SECRET),
      token.slice(0, -2),
      `${token}.extra`,
      'not-a-token',
      '',
    ];
    for (const candidate of refused)
      assert.equal(verifyMemberToken(candidate, SECRET, now), undefined, candidate);
  });

  test('only HS256: alg none and other algorithms are refused', () => {
    assert.equal(verifyMemberToken(sign({ alg: 'none' }, claims), SECRET, now), undefined);
    assert.equal(verifyMemberToken(sign({ alg: 'HS512' }, claims), SECRET, now), undefined);
    assert.equal(verifyMemberToken(`${encode({ alg: 'none' })}.${encode(claims)}.`, SECRET, now), undefined);
  });

  test("claims must match the contract's MemberTokenClaims", () => {
    assert.equal(
      verifyMemberToken(sign({ alg: 'HS256' }, { ...claims, email: 'not an e-mail' }), SECRET, now),
      undefined,
    );
    assert.equal(
      verifyMemberToken(sign({ alg: 'HS256' }, { ...claims, sub: undefined }), SECRET, now),
      undefined,
    );
  });
});
