import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  buildPath,
  examples,
  routes,
  validate,
  type OperationId,
  type RouteDefinition,
} from '@alumni-kit/contract';
import { startTestContext, type TestContext, type TestTenant } from './test-support/test-context.ts';

type Example = { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown };

/** What an answer's Content-Type must be, per response kind. */
const CONTENT_TYPES = {
  json: 'application/json',
  calendar: 'text/calendar; charset=utf-8',
  gif: 'image/gif',
};

describe('the contract: a valid example of every request gets an answer its schema accepts', () => {
  let context: TestContext;
  let tenant: TestTenant;
  let memberToken: string;
  before(async () => {
    context = await startTestContext();
    tenant = await context.newTenant();
    const { workEmail, name } = examples.createSignup.body;
    memberToken = tenant.memberToken({ email: workEmail, name });
  });
  after(() => context.close());

  // The examples name records of the demo data, and the member the signup example creates.
  const first: OperationId[] = ['createSignup'];
  const operationIds = [
    ...first,
    ...(Object.keys(routes) as OperationId[]).filter((id) => !first.includes(id)),
  ];
  for (const operationId of operationIds) {
    const route: RouteDefinition = routes[operationId];
    test(`${operationId}: ${route.method} ${route.path}`, async () => {
      const { params, query, body }: Example = examples[operationId];
      const search = new URLSearchParams(
        Object.entries(query ?? {}).map(([name, value]) => [name, String(value)]),
      );
      const path = `${buildPath(route.path, params)}${search.size > 0 ? `?${search}` : ''}`;
      const options = { memberToken, idempotencyKey: `example-${operationId}` };
      const response =
        route.method === 'GET'
          ? await tenant.api.get(path, options)
          : await (route.method === 'PUT' ? tenant.api.put : tenant.api.post)(path, body, options);
      assert.equal(response.status, route.status, JSON.stringify(response.body));
      assert.equal(response.headers.get('Content-Type'), CONTENT_TYPES[route.responseKind]);
      if (route.response) {
        const checked = validate(route.response, response.body);
        assert.ok(checked.ok, JSON.stringify(checked));
      }
    });
  }
});
