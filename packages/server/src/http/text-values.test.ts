import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Me } from '@alumni-kit/contract';
import { alumniSignup } from '../test-support/bodies.ts';
import { startTestContext, type TestContext, type TestTenant } from '../test-support/test-context.ts';

const NAMES = [
  "Robert'); DROP TABLE members;--",
  '<script>alert("x")</script>',
  '山田 太郎',
  'Zoë O’Brien-Łukasz',
  'محمد بن سلمان',
  'Ñandú 🦤 Ünïcödé',
  'e\u0301 (combining)',
];

describe('SQL-, HTML-looking and unicode text', () => {
  let context: TestContext;
  let tenant: TestTenant;
  before(async () => {
    context = await startTestContext();
    tenant = await context.newTenant();
  });
  after(() => context.close());

  test('is stored and given back exactly as sent, as JSON data', async () => {
    for (const [index, name] of NAMES.entries()) {
      const email = `person${index}@example.com`;
      const signup = await tenant.api.post(
        '/v1/signups',
        alumniSignup(email, { name, department: `${name} & <b>R&D</b>` }),
      );
      assert.equal(signup.status, 201, name);
      assert.equal(signup.headers.get('Content-Type'), 'application/json');
      const me = await tenant.api.get('/v1/me', { memberToken: tenant.memberToken({ email }) });
      assert.equal((me.body as Me).member.name, name);
      assert.equal((me.body as Me).member.department, `${name} & <b>R&D</b>`);
    }
    assert.equal((await tenant.api.get('/v1/events')).status, 200);
  });

  test('in ids, queries and headers it is refused before reaching the database', async () => {
    for (const path of [
      "/v1/events/evt'%20OR%201=1--",
      '/v1/events/%3Cscript%3E',
      "/v1/events?type=social'%20OR%20'1'='1",
      '/v1/surveys/srv_reunion_feedback%3B%20DROP%20TABLE%20surveys',
    ]) {
      const response = await tenant.api.get(path);
      assert.equal(response.status, 400, path);
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
    }
    assert.equal((await tenant.api.get('/v1/surveys/srv_reunion_feedback')).status, 200);
  });

  test("a key that looks like SQL is just not a tenant's key", async () => {
    const response = await fetch(`${context.url}/v1/roles`, {
      headers: { Authorization: "Bearer pk_' OR '1'='1" },
    });
    assert.equal(response.status, 401);
  });
});
