import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  buildPath,
  examples,
  RESPONSE_HEADERS,
  routes,
  validate,
  type OperationId,
  type RouteDefinition,
} from '@alumni-kit/contract';
import { contractDocument, type PathItemObject } from '@alumni-kit/contract/openapi';
import { startTestContext, type TestContext, type TestTenant } from './test-support/test-context.ts';

type Example = { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown };

/** What an answer's Content-Type must be, per response kind. */
const CONTENT_TYPES = {
  json: 'application/json',
  calendar: 'text/calendar; charset=utf-8',
  gif: 'image/gif',
};

const document = contractDocument();

/** The headers the OpenAPI document lists for a route's success response. */
function documentedHeaders(route: RouteDefinition): string[] {
  const method = route.method.toLowerCase() as keyof PathItemObject;
  const success = document.paths[route.path]?.[method]?.responses[String(route.status)];
  return Object.keys(success?.headers ?? {});
}

describe('the contract: a valid example of every request gets an answer its schema accepts, with the documented headers', () => {
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
      const send = () =>
        route.method === 'GET'
          ? tenant.api.get(path, options)
          : (route.method === 'PUT' ? tenant.api.put : tenant.api.post)(path, body, options);
      const response = await send();
      assert.equal(response.status, route.status, JSON.stringify(response.body));
      const replayHeader = RESPONSE_HEADERS.idempotentReplayed;
      for (const name of documentedHeaders(route).filter((header) => header !== replayHeader)) {
        assert.ok(response.headers.has(name), `${name} is documented, not sent`);
      }
      assert.equal(response.headers.has(replayHeader), false);
      if (route.idempotent) {
        const replay = await send();
        assert.deepEqual([replay.status, replay.body], [response.status, response.body]);
        assert.equal(replay.headers.get(replayHeader), 'true');
        assert.ok(documentedHeaders(route).includes(replayHeader));
      }
      assert.equal(response.headers.get('Content-Type'), CONTENT_TYPES[route.responseKind]);
      if (route.response) {
        const checked = validate(route.response, response.body);
        assert.ok(checked.ok, JSON.stringify(checked));
      }
    });
  }
});
