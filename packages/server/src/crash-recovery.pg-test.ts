import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { openPostgres } from './db/postgres.ts';
import type { DatabaseHandle } from './db/database.ts';
import { members } from './db/schema/index.ts';
import { createTenant } from './tenants/create-tenant.ts';
import { apiClient, type ApiResponse } from './test-support/api.ts';
import { alumniSignup } from './test-support/bodies.ts';
import { startCliServer } from './test-support/cli-process.ts';
import { createPostgresDatabase } from './test-support/test-database.ts';

const WORKERS = 8;
const KILL_AFTER_ACKS = 150;

// PostgreSQL only: PGlite's files are not crash-safe (see the README), PostgreSQL's are.
describe('SIGKILL under a write load (PostgreSQL)', () => {
  let url: string;
  let database: DatabaseHandle;
  before(async () => {
    url = await createPostgresDatabase();
    database = await openPostgres({ url });
  });
  after(() => database.close());

  test('every acknowledged write is there after a restart, once; retries with their keys write nothing twice', async () => {
    const { publishableKey, tenantId } = await createTenant(database.db, { name: 'Crash', origins: [] });
    const env = { DATABASE_URL: url, RATE_LIMIT_PER_IP: '1000000' };
    const server = await startCliServer([], env);
    const api = apiClient(server.url, publishableKey);
    const acknowledged = new Map<string, string>();
    const sent: string[] = [];
    let killed = false;

    const worker = async (worker: number) => {
      for (let index = 0; !killed; index++) {
        const email = `w${worker}-${index}@example.com`;
        sent.push(email);
        const response: ApiResponse | undefined = await api
          .post('/v1/signups', alumniSignup(email), { idempotencyKey: email })
          .catch(() => undefined);
        if (response?.status === 201)
          acknowledged.set(email, (response.body as { member: { id: string } }).member.id);
        if (!killed && acknowledged.size >= KILL_AFTER_ACKS) {
          killed = true;
          await server.stop('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, index) => worker(index)));

    const restarted = await startCliServer([], env);
    try {
      const rows = await database.db.select().from(members).where(eq(members.tenantId, tenantId));
      const stored = new Map(rows.map((row) => [row.email, row.id]));
      for (const [email, id] of acknowledged) assert.equal(stored.get(email), id, email);

      const retryApi = apiClient(restarted.url, publishableKey);
      for (const email of sent) {
        const retry = await retryApi.post('/v1/signups', alumniSignup(email), { idempotencyKey: email });
        assert.equal(retry.status, 201, `${email}: ${JSON.stringify(retry.body)}`);
        const id = (retry.body as { member: { id: string } }).member.id;
        if (acknowledged.has(email)) assert.equal(id, acknowledged.get(email));
      }
      const [{ count } = { count: 0 }] = await database.db
        .select({ count: sql<number>`count(distinct ${members.email})::int` })
        .from(members)
        .where(eq(members.tenantId, tenantId));
      const total = await database.db.select().from(members).where(eq(members.tenantId, tenantId));
      assert.equal(total.length, sent.length);
      assert.equal(count, sent.length);
    } finally {
      await restarted.stop();
    }
  });
});
