import { validate } from '@alumni-kit/contract';
import fc from 'fast-check';
import type * as z from 'zod/mini';

type Path = (string | number)[];

/** Every location inside a JSON value, the value itself (`[]`) included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const children =
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, child]) =>
          pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
        )
      : [];
  return [prefix, ...children];
}

/** A copy of `value` with the thing at `path` replaced (or removed, with `remove`). */
function changeAt(value: unknown, path: Path, change: { remove: true } | { set: unknown }): unknown {
  if (path.length === 0) return 'set' in change ? change.set : undefined;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if ('remove' in change) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(parent, last);
  } else parent[last] = change.set;
  return copy;
}

/**
 * Bodies the schema refuses, made from a valid one: a value replaced by any JSON, a field
 * removed, an unknown field added, or the whole body replaced. Mutations the schema still
 * accepts are left out.
 */
export function invalidBodies(schema: z.ZodMiniType, valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const objectPaths = paths.filter((path) => {
    const target = path.reduce<unknown>(
      (node, key) => (node as Record<string | number, unknown>)[key],
      valid,
    );
    return typeof target === 'object' && target !== null && !Array.isArray(target);
  });
  const replaced = fc
    .tuple(fc.constantFrom(...paths), fc.jsonValue())
    .map(([path, set]) => changeAt(valid, path, { set }));
  const removed = fc
    .constantFrom(...paths.filter((path) => path.length > 0))
    .map((path) => changeAt(valid, path, { remove: true }));
  const extended = fc
    .tuple(fc.constantFrom(...objectPaths), fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue())
    .map(([path, key, set]) => changeAt(valid, [...path, `x_${key}`], { set }));
  return fc
    .oneof(replaced, removed, extended, fc.jsonValue())
    .filter((body) => body !== undefined && !validate(schema, body).ok);
}
