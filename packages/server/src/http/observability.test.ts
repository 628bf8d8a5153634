import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../db/database.ts';
import { alumniSignup } from '../test-support/bodies.ts';
import { startTestContext, type TestContext } from '../test-support/test-context.ts';
import type { LogEntry } from './logger.ts';

describe('request ids, logs and health', () => {
  let context: TestContext;
  const entries: LogEntry[] = [];
  before(async () => {
    context = await startTestContext({ log: (entry) => entries.push(entry) });
  });
  after(() => context.close());

  test('every answer names its request; a usable incoming id is kept', async () => {
    const { api } = await context.newTenant({ seed: false });
    const generated = await api.get('/v1/roles');
    assert.match(generated.headers.get('X-Request-Id') ?? '', /^[0-9a-f-]{36}$/);
    const kept = await api.get('/v1/roles', { headers: { 'X-Request-Id': 'lb-1234.abc' } });
    assert.equal(kept.headers.get('X-Request-Id'), 'lb-1234.abc');
    const replaced = await api.get('/v1/nope', { headers: { 'X-Request-Id': '<bad id>' } });
    assert.notEqual(replaced.headers.get('X-Request-Id'), '<bad id>');
    assert.equal((replaced.body as { requestId: string }).requestId, replaced.headers.get('X-Request-Id'));
  });

  test('logs are JSON entries per request with no personal data, keys or tokens', async () => {
    const tenant = await context.newTenant();
    const email = 'private.person@example.com';
    const memberToken = tenant.memberToken({ email, name: 'Private Person' });
    await tenant.api.post('/v1/signups', alumniSignup(email, { name: 'Private Person' }), {
      idempotencyKey: 'idem-secret',
    });
    await tenant.api.get('/v1/me', { memberToken });
    await fetch(`${context.url}/v1/invitations/inv_secret_token_123/open.gif`);
    const text = JSON.stringify(entries);
    for (const secret of [
      email,
      'Private Person',
      memberToken,
      tenant.publishableKey,
      'inv_secret_token_123',
      'idem-secret',
    ]) {
      assert.ok(!text.includes(secret), secret);
    }
    const signup = entries.find((entry) => entry['route'] === '/v1/signups');
    assert.deepEqual(
      { method: signup?.['method'], status: signup?.['status'], tenantId: signup?.['tenantId'] },
      { method: 'POST', status: 201, tenantId: tenant.tenantId },
    );
    assert.equal(
      entries.find((entry) => entry['route'] === '/v1/invitations/{token}/open.gif')?.['status'],
      200,
    );
  });

  test('an unexpected failure is a 500 problem; the log keeps its kind, not its message', async () => {
    const broken = {
      select: () => {
        throw new Error('failed query: select … where email = leak@example.com');
      },
    };
    const url = await context.startServer({
      database: { db: broken as unknown as Database, ping: async () => undefined },
      log: (entry) => entries.push(entry),
    });
    const response = await fetch(`${url}/v1/roles`, { headers: { Authorization: 'Bearer pk_anything' } });
    assert.equal(response.status, 500);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(((await response.json()) as { code: string }).code, 'internal_error');
    const logged = entries.find((entry) => entry.message === 'unexpected error');
    assert.equal((logged?.['error'] as { name: string }).name, 'Error');
    assert.ok(!JSON.stringify(entries).includes('leak@example.com'));
  });

  test('/healthz answers while the process runs; /readyz only while the database answers', async () => {
    assert.equal((await fetch(`${context.url}/healthz`)).status, 200);
    assert.equal((await fetch(`${context.url}/readyz`)).status, 200);
    const url = await context.startServer({
      database: { db: context.database.db, ping: () => Promise.reject(new Error('down')) },
    });
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    assert.equal((await fetch(`${url}/readyz`)).status, 503);
  });
});
