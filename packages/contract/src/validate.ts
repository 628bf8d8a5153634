import type * as z from 'zod/mini';
import { toFieldErrors } from './field-errors.ts';
import type { Locale } from './locale.ts';
import type { FieldError } from './schemas/problem.ts';

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

/** Parses `data` with `schema`; on failure, field errors in the given language (no input echoed). */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  locale: Locale = 'en',
): Validation<z.output<S>> {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, errors: toFieldErrors(result.error.issues, locale) };
}
