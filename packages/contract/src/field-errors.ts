import type * as z from 'zod/mini';
import type { Locale } from './locale.ts';
import { ruleMessage, type RuleParams } from './messages.ts';
import type { FieldError } from './schemas/problem.ts';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** `['candidate', 'email']` → `/candidate/email` (RFC 6901). */
export const toPointer = (path: readonly PathKey[]): string =>
  path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/** `/candidate/email` → `['candidate', 'email']`, the inverse of `toPointer`. */
const fromPointer = (pointer: string): string[] =>
  pointer
    .split('/')
    .slice(1)
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));

/** `['answers', 0, 'text']` → `answers.0.text`. */
export const toDottedPath = (path: readonly PathKey[]): string => path.map(String).join('.');

/** Builds one field error at a path. */
export function fieldError(
  path: readonly PathKey[],
  code: string,
  locale: Locale,
  params?: RuleParams,
): FieldError {
  return {
    pointer: toPointer(path),
    path: toDottedPath(path),
    code,
    message: ruleMessage(code, locale, params),
  };
}

/**
 * A rule the contract checks beside the schemas (`answerIssues`, `policyIssues`) as a field
 * error at the issue's pointer, quoting the issue's limits when it has some.
 */
export const issueFieldError = (
  { pointer, code, params }: { pointer: string; code: string; params?: RuleParams },
  locale: Locale,
): FieldError => fieldError(fromPointer(pointer), code, locale, params);

/** The field error of a request body that is not well-formed UTF-8 JSON: it names the whole body. */
export const invalidJsonError = (locale: Locale): FieldError => fieldError([], 'invalid_json', locale);

/** Turns zod issues into field errors that name the field and the rule, in the given language. */
export function toFieldErrors(issues: readonly Issue[], locale: Locale): FieldError[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => fieldError([...issue.path, key], 'unknown_field', locale));
    }
    const [code, params] = ruleOf(issue);
    return [fieldError(issue.path, code, locale, params)];
  });
}

function ruleOf(issue: Issue): [string, RuleParams?] {
  switch (issue.code) {
    case 'invalid_type':
      return [issue.input === undefined ? 'required' : 'invalid_type'];
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? ['required'] : ['too_short', { minimum: issue.minimum }];
      }
      if (issue.origin === 'array' || issue.origin === 'set') return ['too_few', { minimum: issue.minimum }];
      return ['too_small', { minimum: issue.minimum }];
    case 'too_big':
      if (issue.origin === 'string') return ['too_long', { maximum: issue.maximum }];
      if (issue.origin === 'array' || issue.origin === 'set') return ['too_many', { maximum: issue.maximum }];
      return ['too_big', { maximum: issue.maximum }];
    case 'invalid_format':
      return [formatCode(issue.format)];
    case 'invalid_value':
      if (issue.values.length === 1 && issue.values[0] === true) return ['must_accept'];
      return issue.input === undefined ? ['required'] : ['invalid_value', { values: issue.values }];
    case 'invalid_union':
      return unionRule(issue);
    case 'custom':
      return [issue.message];
    default:
      return ['invalid_format'];
  }
}

/** A discriminated union reports its tag's field: missing → `required`, unknown → the allowed tags. */
function unionRule(issue: z.core.$ZodIssueInvalidUnion): [string, RuleParams?] {
  const tag = issue.discriminator === undefined ? issue.input : readField(issue.input, issue.discriminator);
  if (tag === undefined) return ['required'];
  const options = 'options' in issue ? issue.options : undefined;
  return options ? ['invalid_value', { values: options }] : ['invalid_value'];
}

const readField = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

function formatCode(format: string): string {
  if (format === 'email' || format === 'url' || format === 'datetime' || format === 'date') {
    return `invalid_${format}`;
  }
  return 'invalid_format';
}
