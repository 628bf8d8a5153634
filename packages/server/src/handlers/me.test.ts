import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Me, validate } from '@alumni-kit/contract';
import { mintMemberToken } from '../auth/member-token.ts';
import { alumniSignup, employeeSignup } from '../test-support/bodies.ts';
import { startTestContext, type TestContext } from '../test-support/test-context.ts';

describe('GET /v1/me and PUT /v1/me/preferences', () => {
  let context: TestContext;
  before(async () => {
    context = await startTestContext();
  });
  after(() => context.close());

  test('a member sees themselves with the default preferences, then changes them', async () => {
    const tenant = await context.newTenant({ seed: false });
    await tenant.api.post('/v1/signups', alumniSignup('hanako@example.com'));
    const memberToken = tenant.memberToken({ email: 'hanako@example.com', name: '山田 花子' });
    const me = await tenant.api.get('/v1/me', { memberToken });
    assert.equal(me.status, 200);
    assert.ok(validate(Me, me.body).ok);
    assert.deepEqual((me.body as Me).preferences, { cadence: 'monthly', topics: ['events'], paused: false });

    const preferences = { cadence: 'quarterly', topics: ['jobs', 'learning'], paused: true };
    const updated = await tenant.api.put('/v1/me/preferences', preferences, { memberToken });
    assert.equal(updated.status, 200);
    assert.deepEqual(updated.body, preferences);
    assert.deepEqual(((await tenant.api.get('/v1/me', { memberToken })).body as Me).preferences, preferences);
  });

  test('an employee is found by the work e-mail of the intranet login', async () => {
    const tenant = await context.newTenant({ seed: false });
    await tenant.api.post('/v1/signups', employeeSignup('alex@corp.example.com', 'alex@example.net'));
    const me = await tenant.api.get('/v1/me', {
      memberToken: tenant.memberToken({ email: 'alex@corp.example.com' }),
    });
    assert.equal(me.status, 200);
    assert.equal((me.body as Me).member.email, 'alex@example.net');
  });

  test('no token, a bad token, an expired token: 401; a token naming no member: 404', async () => {
    const tenant = await context.newTenant({ seed: false });
    assert.equal((await tenant.api.get('/v1/me')).status, 401);
    const forged = mintMemberToken(
      { sub: 'x', email: 'x@example.com', name: 'X', exp: 2e9 },
      'not-the-secret',
    );
    assert.equal((await tenant.api.get('/v1/me', { memberToken: forged })).status, 401);
    const expired = mintMemberToken(
      { sub: 'x', email: 'x@example.com', name: 'X', exp: 1 },
      tenant.identitySecret,
    );
    assert.equal((await tenant.api.get('/v1/me', { memberToken: expired })).status, 401);
    const stranger = await tenant.api.get('/v1/me', {
      memberToken: tenant.memberToken({ email: 'nobody@example.com' }),
    });
    assert.equal(stranger.status, 404);
    const put = await tenant.api.put(
      '/v1/me/preferences',
      { cadence: 'none', topics: [] },
      {
        memberToken: tenant.memberToken({ email: 'nobody@example.com' }),
      },
    );
    assert.equal(put.status, 404);
  });
});
