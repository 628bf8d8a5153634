import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { readMemberTokenClaims } from './member-token.ts';

const base64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

/** A member token as a host site mints it: an HS256 JWT signed with the identity secret. */
function mintToken(claims: object, secret = 'identity-secret'): string {
  const unsigned = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

const claims = {
  sub: 'E-104233',
  email: 'Taro.Yamada+Alumni@Example.com',
  name: '山田 太郎',
  exp: 1_900_000_000,
  iat: 1_800_000_000,
};

describe('readMemberTokenClaims', () => {
  test('reads the claims of a token, names in any script, e-mail lower-cased', () => {
    assert.deepEqual(readMemberTokenClaims(mintToken(claims)), {
      ...claims,
      email: 'taro.yamada+alumni@example.com',
    });
  });

  test('reads base64url payloads whose standard base64 would hold + and /', () => {
    const name = 'Zoë ÿÿÿ? Łukasz 🎉';
    const token = mintToken({ ...claims, name });
    assert.match(token.split('.')[1] ?? '', /[-_]/);
    assert.equal(readMemberTokenClaims(token)?.name, name);
  });

  test('returns undefined for anything that is not a token with valid claims', () => {
    const [header, , signature] = mintToken(claims).split('.');
    for (const token of [
      '',
      'not-a-token',
      `${header}.`,
      `${header}.!!!.${signature}`,
      `${header}.${base64url('not json')}.${signature}`,
      `${header}.${base64url('null')}.${signature}`,
      mintToken({ ...claims, email: 'not-an-email' }),
      mintToken({ ...claims, exp: 'tomorrow' }),
      mintToken({ sub: 'E-1', exp: 1 }),
      mintToken({ ...claims, name: '山田\n太郎' }),
    ]) {
      assert.equal(readMemberTokenClaims(token), undefined, token);
    }
  });
});
