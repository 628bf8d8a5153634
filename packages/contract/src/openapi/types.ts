import type * as z from 'zod/mini';

/** The parts of an OpenAPI 3.1 document this package writes. */
export type JsonSchema = z.core.JSONSchema.JSONSchema;

export type ParameterLocation = 'path' | 'query' | 'header';

export interface ParameterObject {
  name: string;
  in: ParameterLocation;
  required: boolean;
  description?: string;
  schema: JsonSchema;
  example?: unknown;
}

export interface MediaTypeObject {
  schema?: JsonSchema;
  example?: unknown;
}

export interface HeaderObject {
  description: string;
  required?: boolean;
  schema: JsonSchema;
}

/** A `$ref` to a component, e.g. `#/components/headers/RequestId`. */
export interface ReferenceObject {
  $ref: string;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, ReferenceObject>;
  content?: Record<string, MediaTypeObject>;
}

/** Names of the security schemes an operation needs together, each with no scopes. */
export type SecurityRequirement = Record<string, []>;

export type SecuritySchemeObject =
  | { type: 'http'; scheme: 'bearer'; bearerFormat: string; description: string }
  | { type: 'apiKey'; in: 'header'; name: string; description: string };

export interface OperationObject {
  operationId: string;
  summary: string;
  tags: string[];
  security: SecurityRequirement[];
  parameters?: ParameterObject[];
  requestBody?: { required: true; content: Record<string, MediaTypeObject> };
  responses: Record<string, ResponseObject>;
}

export type PathItemObject = Partial<Record<'get' | 'post' | 'put' | 'delete', OperationObject>>;

export interface OpenApiDocument {
  openapi: string;
  info: {
    title: string;
    version: string;
    description?: string;
    license?: { name: string; identifier: string };
  };
  servers?: { url: string; description?: string }[];
  tags: { name: string }[];
  paths: Record<string, PathItemObject>;
  components: {
    schemas: Record<string, JsonSchema>;
    headers: Record<string, HeaderObject>;
    securitySchemes: Record<string, SecuritySchemeObject>;
  };
}

/** An operation's example input: the shape of `RouteInput`, whatever the route. */
export interface ExampleInput {
  params?: Readonly<Record<string, unknown>>;
  query?: Readonly<Record<string, unknown>>;
  body?: unknown;
}
