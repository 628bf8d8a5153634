import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiClient } from '../test-support/api.ts';
import { startTestContext, type TestContext } from '../test-support/test-context.ts';

/** 30 s into a window: every request of these tests falls into the same one. */
const now = () => new Date('2030-01-01T00:00:30Z');
const limits = { windowSeconds: 60, perKey: 3, perIp: 5 };

describe('rate limits', () => {
  let context: TestContext;
  let url: string;
  let otherInstance: string;
  before(async () => {
    context = await startTestContext();
    url = await context.startServer({ rateLimits: limits, trustProxy: true, now });
    otherInstance = await context.startServer({ rateLimits: limits, trustProxy: true, now });
  });
  after(() => context.close());

  let ipCount = 0;
  const freshIp = () => `192.0.2.${++ipCount}`;
  const roles = (base: string, key: string, ip: string, headers: Record<string, string> = {}) =>
    apiClient(base, key).get('/v1/roles', {
      headers: { 'X-Forwarded-For': `203.0.113.9, ${ip}`, ...headers },
    });

  test('per key: beyond the limit, 429 with Retry-After and RateLimit headers, counted across instances', async () => {
    const { publishableKey } = await context.newTenant({ seed: false });
    const answers = [];
    for (const base of [url, otherInstance, url, otherInstance])
      answers.push(await roles(base, publishableKey, freshIp()));
    assert.deepEqual(
      answers.map(({ status }) => status),
      [200, 200, 200, 429],
    );
    assert.deepEqual(
      answers.map(({ headers }) => headers.get('RateLimit-Remaining')),
      ['2', '1', '0', '0'],
    );
    const [ok, , , limited] = answers;
    assert.equal(ok?.headers.get('RateLimit-Limit'), '3');
    assert.equal(ok?.headers.get('RateLimit-Reset'), '30');
    assert.equal(ok?.headers.get('RateLimit-Policy'), '3;w=60');
    assert.equal(limited?.headers.get('Retry-After'), '30');
    assert.equal(limited?.headers.get('Content-Type'), 'application/problem+json');
    assert.equal((limited?.body as { code: string }).code, 'rate_limited');
  });

  test('per IP: whatever the key', async () => {
    const ip = freshIp();
    const statuses = [];
    for (let index = 0; index < 6; index++) {
      const { publishableKey } = await context.newTenant({ seed: false });
      statuses.push((await roles(url, publishableKey, ip)).status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429]);
  });

  test('refused requests (401, 403) are not counted', async () => {
    const ip = freshIp();
    const { publishableKey } = await context.newTenant({ seed: false });
    for (let index = 0; index < 6; index++) {
      assert.equal((await roles(url, 'pk_wrong', ip)).status, 401);
      assert.equal((await roles(url, publishableKey, ip, { Origin: 'https://evil.example' })).status, 403);
    }
    const statuses = [];
    for (let index = 0; index < 4; index++) statuses.push((await roles(url, publishableKey, ip)).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
  });
});
