import { fieldError, HEADERS } from '@alumni-kit/contract';
import type { Context } from 'hono';
import { invalidFields } from './api-problem.ts';
import type { AppEnv } from './env.ts';

/** Printable ASCII, as RFC 9110 field values; long enough for a UUID with a prefix. */
const USABLE_KEY = /^[\x21-\x7E]{1,255}$/;

/** The request's `Idempotency-Key`, if any; a malformed one is a 400 naming the header (not a body field). */
export function idempotencyKey(c: Context<AppEnv>): string | undefined {
  const key = c.req.header(HEADERS.idempotencyKey);
  if (key === undefined || USABLE_KEY.test(key)) return key;
  throw invalidFields([
    { ...fieldError([], 'invalid_format', c.get('locale')), path: HEADERS.idempotencyKey },
  ]);
}
