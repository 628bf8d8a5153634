import type { Locale, RouteDefinition, RouteParsedInput } from '@alumni-kit/contract';
import { AlumniValidationError } from '../errors/alumni-validation-error.ts';
import type { ValidInput } from '../types.ts';
import { validateInput } from '../validate-input.ts';
import { invalidFields } from './problems.ts';

/**
 * Validates path parameters, query and body with the client's own check, and answers a
 * failure as the server does: one 400 `validation_failed` naming every failing field.
 */
export function parseInput<R extends RouteDefinition>(
  route: R,
  input: object,
  locale: Locale,
): RouteParsedInput<R> {
  try {
    return validateInput(route, input as ValidInput, locale) as RouteParsedInput<R>;
  } catch (error) {
    if (error instanceof AlumniValidationError) throw invalidFields([...error.fieldErrors]);
    throw error;
  }
}
