import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { alumniSignup } from '../test-support/bodies.ts';
import {
  startTestContext,
  TEST_ORIGIN,
  type TestContext,
  type TestTenant,
} from '../test-support/test-context.ts';

describe('CORS', () => {
  let context: TestContext;
  let tenant: TestTenant;
  before(async () => {
    context = await startTestContext();
    tenant = await context.newTenant({ seed: false, origins: [TEST_ORIGIN] });
    await context.newTenant({ seed: false, origins: ['https://other-company.example'] });
  });
  after(() => context.close());

  const preflight = (origin: string) =>
    fetch(`${context.url}/v1/signups`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
      },
    });

  test('a preflight from a registered origin is granted, with the headers the client sends', async () => {
    const response = await preflight(TEST_ORIGIN);
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), TEST_ORIGIN);
    assert.match(response.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
    const allowed = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'content-type', 'idempotency-key', 'x-alumni-member-token']) {
      assert.ok(allowed.includes(header), header);
    }
    assert.equal(response.headers.get('Vary'), 'Origin');
  });

  test('a preflight from an unknown origin gets no grant', async () => {
    const response = await preflight('https://evil.example');
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
    assert.equal(response.headers.get('Vary'), 'Origin');
  });

  test("requests echo only the tenant's own origins, with Vary: Origin, on errors too", async () => {
    const granted = await tenant.api.post('/v1/signups', alumniSignup('cors@example.com'), {
      headers: { Origin: TEST_ORIGIN },
    });
    assert.equal(granted.status, 201);
    assert.equal(granted.headers.get('Access-Control-Allow-Origin'), TEST_ORIGIN);
    assert.match(granted.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
    assert.equal(granted.headers.get('Vary'), 'Origin');

    const invalid = await tenant.api.post(
      '/v1/signups',
      { mode: 'alumni' },
      { headers: { Origin: TEST_ORIGIN } },
    );
    assert.equal(invalid.status, 400);
    assert.equal(invalid.headers.get('Access-Control-Allow-Origin'), TEST_ORIGIN);
    assert.equal(invalid.headers.get('Vary'), 'Origin');

    const plain = await tenant.api.get('/v1/roles');
    assert.equal(plain.headers.get('Access-Control-Allow-Origin'), null);
    assert.equal(plain.headers.get('Vary'), 'Origin');
  });

  test("another tenant's origin, or an unknown one, is refused and changes nothing", async () => {
    for (const origin of ['https://other-company.example', 'https://evil.example']) {
      const response = await tenant.api.post('/v1/signups', alumniSignup('foreign@example.com'), {
        headers: { Origin: origin },
      });
      assert.equal(response.status, 403);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
      assert.equal(response.headers.get('Vary'), 'Origin');
    }
    const later = await tenant.api.post('/v1/signups', alumniSignup('foreign@example.com'));
    assert.equal(later.status, 201);
  });

  test('a secret key sent from a browser is refused', async () => {
    const response = await fetch(`${context.url}/v1/roles`, {
      headers: { Authorization: `Bearer ${tenant.secretKey}`, Origin: TEST_ORIGIN },
    });
    assert.equal(response.status, 403);
    const server = await fetch(`${context.url}/v1/roles`, {
      headers: { Authorization: `Bearer ${tenant.secretKey}` },
    });
    assert.equal(server.status, 200);
  });
});
