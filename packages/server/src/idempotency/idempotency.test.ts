import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { idempotencyRecords, members } from '../db/schema/index.ts';
import { alumniSignup } from '../test-support/bodies.ts';
import { startTestContext, type TestContext } from '../test-support/test-context.ts';

type Signup = { member: { id: string } };

describe('Idempotency-Key', () => {
  let context: TestContext;
  before(async () => {
    context = await startTestContext();
  });
  after(() => context.close());

  const membersOf = async (tenantId: string) =>
    context.database.db.select().from(members).where(eq(members.tenantId, tenantId));

  test('the same key and body get the stored answer; the write happens once', async () => {
    const { api, tenantId } = await context.newTenant({ seed: false });
    const body = alumniSignup('once@example.com');
    const first = await api.post('/v1/signups', body, { idempotencyKey: 'signup-1' });
    const retry = await api.post('/v1/signups', body, { idempotencyKey: 'signup-1' });
    assert.equal(first.status, 201);
    assert.equal(retry.status, 201);
    assert.deepEqual(retry.body, first.body);
    assert.equal(first.headers.get('Idempotent-Replayed'), null);
    assert.equal(retry.headers.get('Idempotent-Replayed'), 'true');
    assert.equal((await membersOf(tenantId)).length, 1);
  });

  test('the same key with another body answers 422 idempotency_key_reused', async () => {
    const { api } = await context.newTenant({ seed: false });
    await api.post('/v1/signups', alumniSignup('first@example.com'), { idempotencyKey: 'signup-2' });
    const reused = await api.post('/v1/signups', alumniSignup('second@example.com'), {
      idempotencyKey: 'signup-2',
    });
    assert.equal(reused.status, 422);
    assert.equal((reused.body as { code: string }).code, 'idempotency_key_reused');
  });

  test('concurrent requests with one key: exactly one row, every answer the same', async () => {
    const { api, tenantId } = await context.newTenant({ seed: false });
    const body = alumniSignup('race@example.com');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => api.post('/v1/signups', body, { idempotencyKey: 'signup-race' })),
    );
    assert.deepEqual(new Set(answers.map(({ status }) => status)), new Set([201]));
    assert.equal(new Set(answers.map(({ body }) => (body as Signup).member.id)).size, 1);
    assert.equal((await membersOf(tenantId)).length, 1);
    const records = await context.database.db
      .select()
      .from(idempotencyRecords)
      .where(eq(idempotencyRecords.tenantId, tenantId));
    assert.equal(records.length, 1);
  });

  test('a problem the operation answered is stored and replayed too', async () => {
    const { api } = await context.newTenant({ seed: false });
    await api.post('/v1/signups', alumniSignup('taken@example.com'));
    const conflict = await api.post('/v1/signups', alumniSignup('taken@example.com'), {
      idempotencyKey: 'k',
    });
    const replay = await api.post('/v1/signups', alumniSignup('taken@example.com'), { idempotencyKey: 'k' });
    assert.equal(conflict.status, 409);
    assert.equal(replay.status, 409);
    assert.deepEqual(replay.body, conflict.body);
    assert.equal(replay.headers.get('Content-Type'), 'application/problem+json');
  });

  test('keys are per tenant', async () => {
    const first = await context.newTenant({ seed: false });
    const second = await context.newTenant({ seed: false });
    const a = await first.api.post('/v1/signups', alumniSignup('a@example.com'), {
      idempotencyKey: 'shared',
    });
    const b = await second.api.post('/v1/signups', alumniSignup('b@example.com'), {
      idempotencyKey: 'shared',
    });
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.notEqual((a.body as Signup).member.id, (b.body as Signup).member.id);
  });

  test('a malformed key is refused, naming the header', async () => {
    const { api } = await context.newTenant({ seed: false });
    const response = await api.post('/v1/signups', alumniSignup('k@example.com'), {
      idempotencyKey: 'x'.repeat(256),
    });
    assert.equal(response.status, 400);
    assert.deepEqual(
      (response.body as { errors: { path: string }[] }).errors.map((error) => error.path),
      ['Idempotency-Key'],
    );
  });
});
