import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { alumniSignup } from '../test-support/bodies.ts';
import { startTestContext, type TestContext } from '../test-support/test-context.ts';

// PostgreSQL only: PGlite runs one transaction at a time, so a second request simply waits its turn.
describe('Idempotency-Key held by a request still running (PostgreSQL)', () => {
  let context: TestContext;
  before(async () => {
    context = await startTestContext({ idempotencyWaitMs: 200 });
  });
  after(() => context.close());

  test('a request waits for the holder, then answers 409 idempotency_key_in_use', async () => {
    const { api, tenantId } = await context.newTenant({ seed: false });
    const holder = new pg.Client({ connectionString: context.databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query(
        `insert into idempotency_records (tenant_id, key, fingerprint, status, content_type, body, created_at)
         values ($1, 'held', 'x', 0, '', '', now())`,
        [tenantId],
      );
      const started = Date.now();
      const response = await api.post('/v1/signups', alumniSignup('held@example.com'), {
        idempotencyKey: 'held',
      });
      assert.equal(response.status, 409);
      assert.equal((response.body as { code: string }).code, 'idempotency_key_in_use');
      assert.ok(Date.now() - started >= 150);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    const after = await api.post('/v1/signups', alumniSignup('held@example.com'), { idempotencyKey: 'held' });
    assert.equal(after.status, 201);
  });
});
