import {
  validate,
  type FieldError,
  type Locale,
  type RouteDefinition,
  type RouteParsedInput,
} from '@alumni-kit/contract';
import { invalidFields } from './api-problem.ts';

interface RawInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/**
 * Validates path parameters, query and body with the route's schemas (strict schemas reject
 * unknown fields); any failure is one 400 naming every failing field.
 */
export function parseInput<R extends RouteDefinition>(
  route: R,
  raw: RawInput,
  locale: Locale,
): RouteParsedInput<R> {
  const errors: FieldError[] = [];
  const parse = (schema: RouteDefinition['body'], data: unknown) => {
    if (!schema) return undefined;
    const result = validate(schema, data, locale);
    if (result.ok) return result.data;
    errors.push(...result.errors);
    return undefined;
  };
  const input = {
    params: parse(route.params, raw.params),
    query: parse(route.query, raw.query),
    body: parse(route.body, raw.body),
  };
  if (errors.length > 0) throw invalidFields(errors);
  return input as RouteParsedInput<R>;
}
