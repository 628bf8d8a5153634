import assert from 'node:assert/strict';
import type * as z from 'zod/mini';
import type { Locale } from '../locale.ts';
import type { FieldError } from '../schemas/problem.ts';
import { validate } from '../validate.ts';

/** Parses `data`, failing the test with the field errors when it does not pass; returns the output. */
export function assertValid<S extends z.ZodMiniType>(schema: S, data: unknown): z.output<S> {
  const result = validate(schema, data);
  assert.ok(result.ok, `expected valid input, got ${JSON.stringify(result.ok ? [] : result.errors)}`);
  return result.data;
}

/** Asserts that `data` fails with exactly these `"<pointer> <code>"` pairs, in order; returns the errors. */
export function assertInvalid(
  schema: z.ZodMiniType,
  data: unknown,
  expected: readonly string[],
  locale: Locale = 'en',
): FieldError[] {
  const result = validate(schema, data, locale);
  assert.ok(!result.ok, `expected ${expected.join(', ')}, but the input passed`);
  assert.deepEqual(
    result.errors.map((error) => `${error.pointer} ${error.code}`),
    expected,
  );
  return result.errors;
}
