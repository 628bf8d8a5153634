import { RESPONSE_HEADERS } from '@alumni-kit/contract';
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.ts';
import { countRequests } from '../limits/count-requests.ts';
import { ApiProblem } from './api-problem.ts';
import { clientIp } from './client-ip.ts';
import type { AppEnv } from './env.ts';

export interface RateLimits {
  windowSeconds: number;
  /** Requests per window and key (a tenant's publishable and secret keys count apart). */
  perKey: number;
  /** Requests per window and client IP address, whatever the key. */
  perIp: number;
}

export interface RateLimitOptions {
  db: Database;
  now: () => Date;
  limits: RateLimits;
  trustProxy: boolean;
}

/**
 * Counts authenticated requests per key and per IP in fixed windows kept in the database, and
 * answers 429 with `Retry-After` beyond a limit. Every answer carries `RateLimit-*` headers for
 * the tighter of the two. Runs after authentication: refused keys (401/403) are not counted.
 */
export const rateLimit =
  ({ db, now, limits, trustProxy }: RateLimitOptions): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const windowMs = limits.windowSeconds * 1000;
    const at = now().getTime();
    const windowStart = new Date(at - (at % windowMs));
    const resetSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - at) / 1000));
    const tenant = c.get('tenant');
    const buckets = [
      ...(tenant ? [{ bucket: `key:${tenant.id}:${tenant.keyKind}`, limit: limits.perKey }] : []),
      { bucket: `ip:${clientIp(c, trustProxy)}`, limit: limits.perIp },
    ];
    const counts = await countRequests(
      db,
      buckets.map(({ bucket }) => bucket),
      windowStart,
    );
    const tightest = buckets
      .map(({ bucket, limit }) => ({ limit, remaining: limit - (counts.get(bucket) ?? 0) }))
      .sort((a, b) => a.remaining - b.remaining)[0] ?? { limit: limits.perIp, remaining: limits.perIp };
    const headers = {
      [RESPONSE_HEADERS.rateLimitLimit]: String(tightest.limit),
      [RESPONSE_HEADERS.rateLimitRemaining]: String(Math.max(0, tightest.remaining)),
      [RESPONSE_HEADERS.rateLimitReset]: String(resetSeconds),
      [RESPONSE_HEADERS.rateLimitPolicy]: `${tightest.limit};w=${limits.windowSeconds}`,
    };
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    if (tightest.remaining < 0) {
      throw new ApiProblem('rate_limited', {
        headers: { [RESPONSE_HEADERS.retryAfter]: String(resetSeconds) },
      });
    }
    await next();
  };
