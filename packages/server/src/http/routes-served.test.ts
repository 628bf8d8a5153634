import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildPath, examples, routes, type OperationId, type Routes } from '@alumni-kit/contract';
import { handlers } from '../handlers/index.ts';
import { startTestContext, type TestContext } from '../test-support/test-context.ts';
import type { Handlers } from './handler.ts';

describe('the route table', () => {
  let context: TestContext;
  before(async () => {
    context = await startTestContext();
  });
  after(() => context.close());

  test("every route is served: without a key it asks for one, unless its auth is 'none'", async () => {
    for (const [operationId, route] of Object.entries(routes)) {
      const params = (examples[operationId as OperationId] as { params?: Record<string, string> }).params;
      const response = await fetch(`${context.url}${buildPath(route.path, params)}`, {
        method: route.method,
      });
      const expected = route.auth === 'none' ? 200 : 401;
      assert.equal(response.status, expected, `${operationId} ${route.method} ${route.path}`);
    }
  });

  test('a route without its handler does not type-check', () => {
    // @ts-expect-error: every operation of the table needs its handler (here all but one are missing)
    const incomplete: Handlers<Routes> = { createSignup: handlers.createSignup };
    assert.equal(Object.keys(incomplete).length, 1);
  });

  test('a path outside the table is 404 problem details', async () => {
    const response = await fetch(`${context.url}/v1/unknown`);
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  });
});
