import { HEADERS } from '../headers.ts';
import type { RouteDefinition } from '../route.ts';
import { problemResponses } from './problem-responses.ts';
import { responseHeaders } from './response-headers.ts';
import type { SchemaComponents } from './schema-components.ts';
import { securityFor } from './security.ts';
import type {
  ExampleInput,
  JsonSchema,
  MediaTypeObject,
  OperationObject,
  ParameterLocation,
  ParameterObject,
  ResponseObject,
} from './types.ts';

const IDEMPOTENCY_KEY: ParameterObject = {
  name: HEADERS.idempotencyKey,
  in: 'header',
  required: false,
  description:
    'A unique key per logical submission, reused on every retry of it. The same key with the same body ' +
    'answers with the stored response; with another body, 422 `idempotency_key_reused`. Kept at least 24 hours.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

function parameters(
  components: SchemaComponents,
  location: ParameterLocation,
  schema: RouteDefinition['params'],
  example: ExampleInput['params'],
): ParameterObject[] {
  if (!schema) return [];
  return components.parameters(schema).map((parameter) => ({
    name: parameter.name,
    in: location,
    required: location === 'path' || parameter.required,
    schema: parameter.schema,
    ...(example?.[parameter.name] === undefined ? {} : { example: example[parameter.name] }),
  }));
}

function successContent(route: RouteDefinition, components: SchemaComponents): ResponseObject['content'] {
  switch (route.responseKind) {
    case 'json':
      return {
        'application/json': route.response ? { schema: components.ref(route.response, 'output') } : {},
      };
    case 'calendar':
      return { 'text/calendar': { schema: { type: 'string' } } };
    case 'gif':
      return { 'image/gif': {} };
  }
}

const successResponse = (route: RouteDefinition, components: SchemaComponents): ResponseObject => ({
  description: route.status === 201 ? 'Created' : 'OK',
  headers: responseHeaders({ counted: true, rateLimited: false, replayable: route.idempotent }),
  content: successContent(route, components),
});

/** One route of the table as an OpenAPI operation. */
export function toOperation(
  operationId: string,
  route: RouteDefinition,
  components: SchemaComponents,
  problemSchema: JsonSchema,
  example: ExampleInput = {},
): OperationObject {
  const parameterList = [
    ...parameters(components, 'path', route.params, example.params),
    ...parameters(components, 'query', route.query, example.query),
    ...(route.idempotent ? [IDEMPOTENCY_KEY] : []),
  ];
  const body: MediaTypeObject | undefined = route.body && {
    schema: components.ref(route.body, 'input'),
    ...(example.body === undefined ? {} : { example: example.body }),
  };
  return {
    operationId,
    summary: route.summary,
    tags: [...route.tags],
    security: securityFor(route.auth),
    ...(parameterList.length > 0 ? { parameters: parameterList } : {}),
    ...(body ? { requestBody: { required: true, content: { 'application/json': body } } } : {}),
    responses: {
      [String(route.status)]: successResponse(route, components),
      ...problemResponses(operationId, route, problemSchema),
    },
  };
}
