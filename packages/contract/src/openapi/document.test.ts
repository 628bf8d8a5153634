import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileErrors, validate as validateOpenApi } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { examples } from '../examples.ts';
import { pathParamNames, type RouteDefinition } from '../route.ts';
import { routes } from '../routes/index.ts';
import { EventListQuery } from '../schemas/event.ts';
import { contractDocument } from './contract-document.ts';
import { missingOperations } from './missing-operations.ts';
import type { ExampleInput, JsonSchema, OpenApiDocument, OperationObject, PathItemObject } from './types.ts';

const document = contractDocument();
const table: Readonly<Record<string, RouteDefinition>> = routes;
const operations = Object.entries(table).map(([operationId, route]) => {
  const method = route.method.toLowerCase() as keyof PathItemObject;
  const operation = document.paths[route.path]?.[method];
  assert.ok(operation, `${route.method} ${route.path} is missing`);
  const example: ExampleInput = examples[operationId as keyof typeof examples];
  return { operationId, route, operation, example };
});

/** Asserts the document passes the OpenAPI 3.1 validator; the validator dereferences, so it gets a copy. */
async function assertValidOpenApi(candidate: OpenApiDocument): Promise<void> {
  const result = await validateOpenApi(structuredClone(candidate) as never);
  assert.ok(result.valid, result.valid ? '' : compileErrors(result));
  assert.equal(result.specification, 'OpenAPI');
}

describe('the OpenAPI document', () => {
  test('is valid OpenAPI 3.1', async () => {
    assert.match(document.openapi, /^3\.1\.\d+$/);
    await assertValidOpenApi(document);
  });

  test('the validator catches a broken document (undeclared path parameter, dangling $ref)', async () => {
    const broken = structuredClone(document);
    const getEvent = broken.paths['/v1/events/{eventId}']?.get;
    assert.ok(getEvent);
    getEvent.parameters = [];
    await assert.rejects(assertValidOpenApi(broken));

    const dangling = structuredClone(document);
    delete dangling.components.schemas['Problem'];
    await assert.rejects(assertValidOpenApi(dangling));
  });

  test('has one operation per route of the table, with its method and path, and no other', () => {
    assert.deepEqual(missingOperations(document, table), []);
    const documented = Object.values(document.paths).flatMap((item) => Object.values(item));
    assert.deepEqual(documented.map((operation) => operation.operationId).sort(), Object.keys(table).sort());
  });

  test('tags name every group', () => {
    assert.deepEqual(document.tags.map((tag) => tag.name).sort(), [
      'events',
      'invitations',
      'members',
      'referrals',
      'surveys',
    ]);
  });
});

describe('each operation', () => {
  for (const { operationId, route, operation, example } of operations) {
    const parameters = operation.parameters ?? [];

    test(`${operationId}: summary, tags and path parameters come from the route`, () => {
      assert.equal(operation.summary, route.summary);
      assert.deepEqual(operation.tags, route.tags);
      const inPath = parameters.filter((parameter) => parameter.in === 'path');
      assert.deepEqual(
        inPath.map((parameter) => parameter.name),
        pathParamNames(route.path),
      );
      for (const parameter of inPath) {
        assert.equal(parameter.required, true);
        assert.equal(parameter.example, example.params?.[parameter.name]);
      }
    });

    test(`${operationId}: security follows the route's auth`, () => {
      const expected = {
        public: [{ publishableKey: [] }, { publishableKey: [], memberToken: [] }],
        member: [{ publishableKey: [], memberToken: [] }],
        admin: [{ secretKey: [] }],
        none: [],
      }[route.auth];
      assert.deepEqual(operation.security, expected);
    });

    test(`${operationId}: request body and Idempotency-Key for writes`, () => {
      const body = operation.requestBody?.content['application/json'];
      assert.equal(body !== undefined, route.body !== undefined);
      if (body) {
        assert.match(String(body.schema?.$ref), /^#\/components\/schemas\/\w+$/);
        assert.deepEqual(body.example, example.body);
      }
      const key = parameters.find((parameter) => parameter.name === 'Idempotency-Key');
      assert.equal(key?.in, route.idempotent ? 'header' : undefined);
    });

    test(`${operationId}: success response of the right media type`, () => {
      const success = operation.responses[String(route.status)];
      assert.ok(success);
      const mediaType = { json: 'application/json', calendar: 'text/calendar', gif: 'image/gif' }[
        route.responseKind
      ];
      assert.deepEqual(Object.keys(success.content ?? {}), [mediaType]);
      if (route.responseKind === 'json') {
        assert.match(String(success.content?.[mediaType]?.schema?.$ref), /^#\/components\/schemas\/\w+$/);
      }
    });

    test(`${operationId}: problem responses are application/problem+json`, () => {
      const statuses = Object.keys(operation.responses).filter((status) => status !== String(route.status));
      const takesInput = Boolean(route.params ?? route.query ?? route.body);
      const expected = [
        ...(takesInput ? ['400'] : []),
        '401',
        '403',
        ...(route.params || route.auth === 'member' ? ['404'] : []),
        ...(route.idempotent ? ['409'] : []),
        ...(route.body ? ['413', '415'] : []),
        ...(route.idempotent ? ['422'] : []),
        '429',
        '500',
      ];
      assert.deepEqual(statuses, expected);
      for (const status of statuses) {
        const response = operation.responses[status];
        assert.deepEqual(response?.content, {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        });
        assert.match(response?.description ?? '', /`[a-z_]+`: /);
      }
    });

    test(`${operationId}: response headers name the request, the rate limits and replays`, () => {
      const headersOf = (status: string) => Object.keys(operation.responses[status]?.headers ?? {});
      const rateLimit = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'RateLimit-Policy'];
      const replay = route.idempotent ? ['Idempotent-Replayed'] : [];
      assert.deepEqual(headersOf(String(route.status)), ['X-Request-Id', ...rateLimit, ...replay]);
      // Refused before counting or before the write runs: no rate limits, never a replay.
      assert.deepEqual(headersOf('401'), ['X-Request-Id']);
      assert.deepEqual(headersOf('403'), ['X-Request-Id']);
      if (route.body) assert.deepEqual(headersOf('413'), ['X-Request-Id', ...rateLimit]);
      assert.deepEqual(headersOf('429'), ['X-Request-Id', ...rateLimit, 'Retry-After']);
      assert.deepEqual(headersOf('500'), ['X-Request-Id', ...rateLimit]);
      for (const response of Object.values(operation.responses)) {
        for (const header of Object.values(response.headers ?? {})) {
          const name = header.$ref.replace('#/components/headers/', '');
          assert.ok(name in document.components.headers, header.$ref);
        }
      }
    });
  }

  test('conflicts and unprocessable requests name their codes', () => {
    const describe409 = (path: string) => document.paths[path]?.post?.responses['409']?.description ?? '';
    assert.match(describe409('/v1/signups'), /`already_member`.*`idempotency_key_in_use`/);
    assert.match(describe409('/v1/referrals'), /`duplicate_referral`/);
    assert.match(describe409('/v1/surveys/{surveyId}/responses'), /`already_answered`.*`survey_closed`/);
    assert.match(
      describe409('/v1/events/{eventId}/rsvps'),
      /`event_unavailable`: This event no longer takes replies\. `event_full`: This event has no seat left\./,
    );
    assert.doesNotMatch(describe409('/v1/rsvps/{rsvpId}/cancel'), /`event_/);
    const rsvp = document.paths['/v1/events/{eventId}/rsvps']?.post?.responses['422']?.description ?? '';
    assert.match(rsvp, /`policy_not_acknowledged`.*`idempotency_key_reused`/);
  });

  test('a stored conflict may be replayed; a key still in use never is', () => {
    const headersOf = (operation: OperationObject | undefined) =>
      Object.keys(operation?.responses['409']?.headers ?? {});
    assert.ok(headersOf(document.paths['/v1/signups']?.post).includes('Idempotent-Replayed'));
    assert.ok(!headersOf(document.paths['/v1/me/preferences']?.put).includes('Idempotent-Replayed'));
  });

  test('listEvents documents every query parameter with its bounds and default', () => {
    const listEvents = document.paths['/v1/events']?.get as OperationObject;
    const query = (listEvents.parameters ?? []).filter((parameter) => parameter.in === 'query');
    assert.deepEqual(
      query.map((parameter) => parameter.name),
      Object.keys(EventListQuery.shape),
    );
    assert.ok(query.every((parameter) => !parameter.required));
    assert.deepEqual(query.find((parameter) => parameter.name === 'limit')?.schema, {
      default: 20,
      type: 'integer',
      minimum: 1,
      maximum: 100,
    });
  });
});

describe('components', () => {
  const { schemas } = document.components;

  test('hold plain JSON Schema 2020-12: no per-schema dialect, id or $defs', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      for (const keyword of ['$schema', '$id', '$defs'])
        assert.equal(keyword in schema, false, `${name}.${keyword}`);
    }
  });

  test('a schema whose request form differs from its response form is split, the others are shared', () => {
    const update = document.paths['/v1/me/preferences']?.put;
    assert.deepEqual(update?.requestBody?.content['application/json']?.schema, {
      $ref: '#/components/schemas/PreferencesInput',
    });
    assert.deepEqual(update?.responses['200']?.content?.['application/json']?.schema, {
      $ref: '#/components/schemas/Preferences',
    });
    assert.deepEqual(schemas['PreferencesInput']?.required, ['cadence', 'topics']);
    assert.deepEqual(schemas['Preferences']?.required, ['cadence', 'topics', 'paused']);
    assert.ok(schemas['PolicyAcknowledgement'] && !schemas['PolicyAcknowledgementInput']);
  });

  test('the tracking pixel needs no key: its token names the invitation', () => {
    assert.deepEqual(document.paths['/v1/invitations/{token}/open.gif']?.get?.security, []);
  });

  test('the response headers are shared components, X-Request-Id and Retry-After always sent', () => {
    const { headers } = document.components;
    assert.deepEqual(Object.keys(headers).sort(), [
      'IdempotentReplayed',
      'RateLimitLimit',
      'RateLimitPolicy',
      'RateLimitRemaining',
      'RateLimitReset',
      'RequestId',
      'RetryAfter',
    ]);
    assert.equal(headers['RequestId']?.required, true);
    assert.equal(headers['RetryAfter']?.required, true);
    assert.equal(headers['IdempotentReplayed']?.required, undefined);
  });

  test('the security schemes are the two keys and the member token', () => {
    assert.deepEqual(document.components.securitySchemes, {
      publishableKey: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'pk_…',
        description: document.components.securitySchemes.publishableKey?.description,
      },
      secretKey: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'sk_…',
        description: document.components.securitySchemes.secretKey?.description,
      },
      memberToken: {
        type: 'apiKey',
        in: 'header',
        name: 'X-Alumni-Member-Token',
        description: document.components.securitySchemes.memberToken?.description,
      },
    });
  });
});

describe('the examples in the document', () => {
  const { schemas } = document.components;
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
  /** A standalone validator of a document schema: its component references become local `$defs`. */
  const compile = (schema: JsonSchema) => {
    const local = JSON.parse(
      JSON.stringify(schema).replaceAll('#/components/schemas/', '#/$defs/'),
    ) as object;
    const defs = JSON.parse(
      JSON.stringify(schemas).replaceAll('#/components/schemas/', '#/$defs/'),
    ) as object;
    return ajv.compile({ ...local, $defs: defs });
  };

  for (const { operationId, operation } of operations) {
    test(`${operationId}: every example matches the document's own JSON schema`, () => {
      const body = operation.requestBody?.content['application/json'];
      if (body?.schema) {
        const check = compile(body.schema);
        assert.ok(check(body.example), JSON.stringify(check.errors));
        assert.equal(check({ ...(body.example as object), isAdmin: true }), false);
      }
      for (const parameter of operation.parameters ?? []) {
        if (parameter.example === undefined) continue;
        const check = compile(parameter.schema);
        assert.ok(check(parameter.example), `${parameter.name}: ${JSON.stringify(check.errors)}`);
      }
    });
  }
});
