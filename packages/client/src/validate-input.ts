import { validate, type FieldError, type Locale, type RouteDefinition } from '@alumni-kit/contract';
import { AlumniValidationError } from './errors/alumni-validation-error.ts';
import type { ValidInput } from './types.ts';

const PARTS = ['params', 'query', 'body'] as const;

/** Parses each part of the input its route declares, or throws every field error at once. */
export function validateInput(route: RouteDefinition, input: ValidInput, locale: Locale): ValidInput {
  const valid: ValidInput = {};
  const errors: FieldError[] = [];
  for (const part of PARTS) {
    const schema = route[part];
    if (!schema) continue;
    // Missing params or query are checked as empty objects, so each missing field is named.
    const value = part === 'body' ? input.body : (input[part] ?? {});
    const result = validate(schema, value, locale);
    if (result.ok) Object.assign(valid, { [part]: result.data });
    else errors.push(...result.errors);
  }
  if (errors.length > 0) throw new AlumniValidationError(errors);
  return valid;
}
