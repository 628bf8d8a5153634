import { randomUUID } from 'node:crypto';
import { HEADERS } from '@alumni-kit/contract';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';

/** What an incoming `X-Request-Id` may look like to be kept (a proxy's id, say). */
const USABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Names every request: the caller's id when usable, else a new one; echoed in the response. */
export const requestId = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const incoming = c.req.header(HEADERS.requestId);
  const id = incoming !== undefined && USABLE_ID.test(incoming) ? incoming : randomUUID();
  c.set('requestId', id);
  await next();
  c.res.headers.set(HEADERS.requestId, id);
};
