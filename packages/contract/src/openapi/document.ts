import packageJson from '../../package.json' with { type: 'json' };
import type { RouteDefinition } from '../route.ts';
import { Problem } from '../schemas/problem.ts';
import { toOperation } from './operation.ts';
import { headerComponents } from './response-headers.ts';
import { schemaComponents } from './schema-components.ts';
import { securitySchemes } from './security.ts';
import type { ExampleInput, OpenApiDocument, PathItemObject } from './types.ts';

export interface OpenApiOptions {
  title?: string;
  /** The document's version; the contract package's version by default. */
  version?: string;
  description?: string;
  servers?: OpenApiDocument['servers'];
  /** An example input per operation id, shown with its parameters and request body. */
  examples?: Readonly<Record<string, ExampleInput>>;
}

const DESCRIPTION =
  'The API behind the Alumni Kit widgets. Every error is `application/problem+json` (RFC 9457) ' +
  'with a machine `code` and an `errors[]` list naming each failing field by JSON pointer and dotted path.';

/** An OpenAPI 3.1 document with one operation per route, schemas in JSON Schema 2020-12. */
export function toOpenApiDocument(
  routes: Readonly<Record<string, RouteDefinition>>,
  options: OpenApiOptions = {},
): OpenApiDocument {
  const components = schemaComponents(routes, [Problem]);
  const problemSchema = components.ref(Problem, 'output');
  const paths: Record<string, PathItemObject> = {};
  const byPath = Object.entries(routes).sort(([, a], [, b]) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  for (const [operationId, route] of byPath) {
    const method = route.method.toLowerCase() as keyof PathItemObject;
    const operation = toOperation(
      operationId,
      route,
      components,
      problemSchema,
      options.examples?.[operationId],
    );
    paths[route.path] = { ...paths[route.path], [method]: operation };
  }
  const tags = [...new Set(Object.values(routes).flatMap((route) => route.tags))];
  return {
    openapi: '3.1.1',
    info: {
      title: options.title ?? 'Alumni Kit API',
      version: options.version ?? packageJson.version,
      description: options.description ?? DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    ...(options.servers ? { servers: options.servers } : {}),
    tags: tags.map((name) => ({ name })),
    paths,
    components: { schemas: components.schemas, headers: headerComponents, securitySchemes },
  };
}
