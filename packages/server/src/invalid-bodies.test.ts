import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { buildPath, examples, routes, type OperationId, type RouteDefinition } from '@alumni-kit/contract';
import fc from 'fast-check';
import * as schema from './db/schema/index.ts';
import { invalidBodies } from './test-support/invalid-bodies.ts';
import { rowCounts } from './test-support/row-counts.ts';
import { startTestContext, type TestContext, type TestTenant } from './test-support/test-context.ts';

const TENANT_TABLES = [
  schema.members,
  schema.memberEmails,
  schema.rsvps,
  schema.referrals,
  schema.outbox,
  schema.surveyResponses,
  schema.surveyRespondents,
  schema.idempotencyRecords,
];
const WRITES = (Object.keys(routes) as OperationId[]).filter(
  (id) => (routes[id] as RouteDefinition).body !== undefined,
);
const RUNS_PER_ROUTE = Math.ceil(2_000 / WRITES.length);

describe(`${RUNS_PER_ROUTE * WRITES.length} generated invalid bodies across every write route`, () => {
  let context: TestContext;
  let tenant: TestTenant;
  before(async () => {
    context = await startTestContext();
    tenant = await context.newTenant();
  });
  after(() => context.close());

  const storedRows = () => rowCounts(context.database.db, tenant.tenantId, TENANT_TABLES);

  for (const operationId of WRITES) {
    const route: RouteDefinition = routes[operationId];
    test(`${operationId}: no 5xx, every answer problem+json with field errors, nothing stored`, async () => {
      const before = await storedRows();
      const example = examples[operationId] as { params?: Record<string, string>; body: unknown };
      const path = buildPath(route.path, example.params);
      const memberToken = tenant.memberToken({ email: 'fuzz@example.com' });
      await fc.assert(
        fc.asyncProperty(invalidBodies(route.body!, example.body), async (body) => {
          const options = { idempotencyKey: randomUUID(), memberToken };
          const response = await (route.method === 'PUT' ? tenant.api.put : tenant.api.post)(
            path,
            body,
            options,
          );
          assert.equal(response.status, 400, JSON.stringify(body));
          assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
          const problem = response.body as { code: string; errors: unknown[] };
          assert.equal(problem.code, 'validation_failed');
          assert.ok(problem.errors.length > 0);
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
      assert.deepEqual(await storedRows(), before);
    });
  }
});
