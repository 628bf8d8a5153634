import { HEADERS, RESPONSE_HEADERS } from '@alumni-kit/contract';
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.ts';
import { isRegisteredOrigin } from '../tenants/find-tenant.ts';
import { ApiProblem } from './api-problem.ts';
import type { AppEnv } from './env.ts';

const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept-Language',
  HEADERS.idempotencyKey,
  HEADERS.memberToken,
  HEADERS.requestId,
].join(', ');

const EXPOSED_HEADERS = [...Object.values(RESPONSE_HEADERS), 'Content-Disposition'].join(', ');

/**
 * Answers CORS preflights. A preflight carries no key, so it is granted to origins some tenant
 * registered; the request that follows is then checked against its own tenant's origins.
 */
export const corsPreflight =
  (db: Database): MiddlewareHandler<AppEnv> =>
  async (c) => {
    const origin = c.req.header('Origin');
    c.header('Vary', 'Origin');
    if (origin !== undefined && (await isRegisteredOrigin(db, origin))) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Methods', 'GET, POST, PUT');
      c.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      c.header('Access-Control-Max-Age', '600');
    }
    return c.body(null, 204);
  };

/**
 * Grants CORS to the tenant's registered origins only (and to pages of this server itself);
 * a request from any other origin is refused with 403 so that it changes nothing.
 */
export const corsGrant = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  c.header('Vary', 'Origin');
  const origin = c.req.header('Origin');
  if (origin !== undefined) {
    const sameOrigin = origin === new URL(c.req.url).origin;
    if (!sameOrigin && !c.get('tenant')?.origins.includes(origin)) {
      throw new ApiProblem('forbidden', { detail: 'This origin is not registered for this key.' });
    }
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  }
  await next();
};
