import { validate, type Locale, type RouteDefinition } from '@alumni-kit/contract';
import { AlumniResponseError } from './errors/alumni-response-error.ts';
import type { RawResult } from './types.ts';

/** The parsed body of a JSON route, or an `AlumniResponseError` naming the fields that break the schema. */
export function validateOutput(route: RouteDefinition, { status, data }: RawResult, locale: Locale): unknown {
  if (!route.response) return data;
  const result = validate(route.response, data, locale);
  if (!result.ok) throw new AlumniResponseError(status, result.errors);
  return result.data;
}
