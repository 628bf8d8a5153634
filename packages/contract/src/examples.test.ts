import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { examples } from './examples.ts';
import type { RouteDefinition } from './route.ts';
import { routes } from './routes/index.ts';
import { assertInvalid, assertValid } from './test-support/validation.ts';

describe('examples', () => {
  test('there is one for every operation and no other', () => {
    assert.deepEqual(Object.keys(examples).sort(), Object.keys(routes).sort());
  });

  const table: Readonly<Record<string, RouteDefinition>> = routes;
  for (const [operationId, route] of Object.entries(table)) {
    const example: { params?: unknown; query?: unknown; body?: unknown } =
      examples[operationId as keyof typeof examples];

    test(`${operationId}: the example passes the route's schemas`, () => {
      for (const part of ['params', 'query', 'body'] as const) {
        const schema = route[part];
        assert.equal(example[part] !== undefined, schema !== undefined, `${part} of the example`);
        if (schema) assertValid(schema, example[part]);
      }
    });

    if (route.body) {
      const body = route.body;
      test(`${operationId}: the example with an unknown field is rejected, naming the field`, () => {
        assertInvalid(body, { ...(example.body as object), isAdmin: true }, ['/isAdmin unknown_field']);
      });
    }
  }
});
