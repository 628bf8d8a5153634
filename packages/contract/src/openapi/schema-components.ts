import * as z from 'zod/mini';
import * as contract from '../index.ts';
import type { RouteDefinition } from '../route.ts';
import type { JsonSchema } from './types.ts';

type Schema = z.core.$ZodType;
/** Requests are described as accepted (`input`: defaults optional), responses as sent (`output`). */
type Io = 'input' | 'output';

const REF_PREFIX = '#/components/schemas/';

const schemaRef = (name: string): JsonSchema => ({ $ref: `${REF_PREFIX}${name}` });

export interface SchemaComponents {
  /** `components.schemas`: what the operations reach, sorted by name. */
  schemas: Record<string, JsonSchema>;
  /** A `$ref` to the component of a schema, as a request part (`input`) or a response (`output`). */
  ref(schema: Schema, io: Io): JsonSchema;
  /** The properties of a params or query object, each as a request parameter. */
  parameters(schema: Schema): { name: string; schema: JsonSchema; required: boolean }[];
}

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && '_zod' in value;

const capitalize = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Every schema the contract exports, named as a component (`email` → `Email`). */
function exportedSchemaNames(): Map<Schema, string> {
  const names = new Map<Schema, string>();
  for (const [name, value] of Object.entries(contract)) {
    if (isSchema(value) && !names.has(value)) names.set(value, capitalize(name));
  }
  return names;
}

const ROUTE_PARTS = ['params', 'query', 'body', 'response'] as const;

/** Exported names, plus `<OperationId><Part>` for a route's own unexported schemas. */
function componentNames(routes: Readonly<Record<string, RouteDefinition>>): Map<Schema, string> {
  const names = exportedSchemaNames();
  for (const [operationId, route] of Object.entries(routes)) {
    for (const part of ROUTE_PARTS) {
      const schema = route[part];
      if (schema && !names.has(schema)) names.set(schema, `${capitalize(operationId)}${capitalize(part)}`);
    }
  }
  return names;
}

/** Rewrites every `$ref` to a component with `rename`. */
function renameRefs(json: JsonSchema, rename: (name: string) => string): JsonSchema {
  return JSON.parse(JSON.stringify(json), (key, value: unknown) =>
    key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)
      ? `${REF_PREFIX}${rename(value.slice(REF_PREFIX.length))}`
      : value,
  ) as JsonSchema;
}

function refsIn(json: unknown, found: string[] = []): string[] {
  if (Array.isArray(json)) json.forEach((item) => refsIn(item, found));
  else if (typeof json === 'object' && json !== null) {
    for (const [key, value] of Object.entries(json)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)) {
        found.push(value.slice(REF_PREFIX.length));
      } else refsIn(value, found);
    }
  }
  return found;
}

/** The component names `roots` lead to, directly or through other components. */
function reachable(roots: readonly JsonSchema[], schemas: Readonly<Record<string, JsonSchema>>): Set<string> {
  const seen = new Set<string>();
  const pending = roots.flatMap((root) => refsIn(root));
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    pending.push(...refsIn(schemas[name]));
  }
  return seen;
}

/** Every registered schema as JSON Schema 2020-12, referring to the others by `$ref`. */
function convert(registry: z.core.$ZodRegistry<{ id: string }>, io: Io): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, { io, uri: (id) => `${REF_PREFIX}${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const json: JsonSchema = { ...schema };
      delete json.$schema;
      delete json.$id;
      // `$defs` would resolve against the OpenAPI document's root, not the component.
      if (json.$defs) throw new Error(`Schema ${name} needs $defs; register the shared part by name`);
      return [name, json];
    }),
  );
}

/**
 * Names the request form of each component: its own name, or `<Name>Input` when it is also a
 * response and its two forms differ, directly or through a component it refers to.
 */
function requestFormNames(
  requestNames: ReadonlySet<string>,
  responseNames: ReadonlySet<string>,
  input: Readonly<Record<string, JsonSchema>>,
  output: Readonly<Record<string, JsonSchema>>,
): (name: string) => string {
  const split = new Set<string>();
  const inputName = (name: string) => (split.has(name) ? `${name}Input` : name);
  // Splitting one component changes the references of those that use it: repeat until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const name of requestNames) {
      if (!responseNames.has(name) || split.has(name)) continue;
      if (JSON.stringify(renameRefs(input[name] ?? {}, inputName)) !== JSON.stringify(output[name])) {
        split.add(name);
        changed = true;
      }
    }
  }
  return inputName;
}

/**
 * The named JSON schemas of the routes' params, query, bodies and responses (plus
 * `extraResponses`). A component used both ways keeps one name when both forms
 * agree; otherwise its request form is named `<Name>Input`.
 */
export function schemaComponents(
  routes: Readonly<Record<string, RouteDefinition>>,
  extraResponses: readonly Schema[] = [],
): SchemaComponents {
  const names = componentNames(routes);
  const registry = z.registry<{ id: string }>();
  names.forEach((id, schema) => registry.add(schema, { id }));
  const input = convert(registry, 'input');
  const output = convert(registry, 'output');
  const nameOf = (schema: Schema): string => {
    const name = names.get(schema);
    if (name === undefined) throw new Error('Schema without a component name');
    return name;
  };

  const requestParts = Object.values(routes).flatMap((route) => [
    ...(route.body ? [schemaRef(nameOf(route.body))] : []),
    ...[route.params, route.query].flatMap((part) =>
      part ? (Object.values(input[nameOf(part)]?.properties ?? {}) as JsonSchema[]) : [],
    ),
  ]);
  const responseParts = [
    ...Object.values(routes).flatMap((route) => (route.response ? [route.response] : [])),
    ...extraResponses,
  ].map((schema) => schemaRef(nameOf(schema)));
  const requestNames = reachable(requestParts, input);
  const responseNames = reachable(responseParts, output);

  const inputName = requestFormNames(requestNames, responseNames, input, output);
  const taken = new Set(names.values());
  for (const name of requestNames) {
    if (inputName(name) !== name && taken.has(inputName(name))) {
      throw new Error(`Component ${inputName(name)} clashes with a schema name`);
    }
  }

  const entries: [string, JsonSchema][] = [
    ...[...responseNames].map((name): [string, JsonSchema] => [name, output[name] ?? {}]),
    ...[...requestNames].map((name): [string, JsonSchema] => [
      inputName(name),
      renameRefs(input[name] ?? {}, inputName),
    ]),
  ];
  return {
    schemas: Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    ref: (schema, io) => schemaRef(io === 'input' ? inputName(nameOf(schema)) : nameOf(schema)),
    parameters: (schema) => {
      const json = renameRefs(input[nameOf(schema)] ?? {}, inputName);
      return Object.entries(json.properties ?? {}).map(([name, property]) => ({
        name,
        schema: property as JsonSchema,
        required: json.required?.includes(name) ?? false,
      }));
    },
  };
}
