import type { FieldError, Problem } from '@alumni-kit/contract';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const areStrings = (value: Record<string, unknown>, keys: readonly string[]) =>
  keys.every((key) => typeof value[key] === 'string');

const isFieldError = (value: unknown): value is FieldError =>
  isObject(value) && areStrings(value, ['pointer', 'path', 'code', 'message']);

const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

/**
 * Whether an error body has the shape of the contract's `Problem`. Written out rather than
 * parsed with the schema so that a client without schemas carries no zod; a test holds it
 * to the schema.
 */
export const isProblem = (value: unknown): value is Problem =>
  isObject(value) &&
  areStrings(value, ['type', 'title', 'code']) &&
  Number.isInteger(value['status']) &&
  ['detail', 'instance', 'requestId'].every((key) => isOptionalString(value[key])) &&
  Array.isArray(value['errors']) &&
  value['errors'].every(isFieldError);
