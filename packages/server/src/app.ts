import { routes } from '@alumni-kit/contract';
import { Hono } from 'hono';
import type { DatabaseHandle } from './db/database.ts';
import { handlers } from './handlers/index.ts';
import { ApiProblem } from './http/api-problem.ts';
import { corsPreflight } from './http/cors.ts';
import type { AppEnv } from './http/env.ts';
import { registerHealth } from './http/health.ts';
import { locale } from './http/locale.ts';
import { jsonLogger, type Logger } from './http/logger.ts';
import { onError } from './http/on-error.ts';
import type { RateLimits } from './http/rate-limit.ts';
import { registerRoutes } from './http/register-routes.ts';
import { requestId } from './http/request-id.ts';
import { requestLog } from './http/request-log.ts';
import { sendProblem } from './http/send-problem.ts';

export interface AppOptions {
  database: Pick<DatabaseHandle, 'db' | 'ping'>;
  /** The clock; tests set their own. */
  now?: () => Date;
  /** Receives one structured entry per request (JSON lines on stdout by default). */
  log?: Logger;
  /** Largest request body accepted, checked before parsing (256 KiB by default). */
  bodyLimitBytes?: number;
  rateLimits?: RateLimits;
  /** A form sent sooner than this after it appeared is treated as a bot's (1,500 ms by default). */
  minFillTimeMs?: number;
  /** Read the client IP from `X-Forwarded-For` (behind a load balancer). */
  trustProxy?: boolean;
  /** How long a write waits for another request holding its `Idempotency-Key` (10 s by default). */
  idempotencyWaitMs?: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { windowSeconds: 60, perKey: 6_000, perIp: 300 };

/** The API as a Hono app: mount it in a server of your own, or run it with `alumni-kit-server serve`. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { db, ping } = options.database;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? jsonLogger;
  const app = new Hono<AppEnv>();
  app.use(requestId(), requestLog(log), locale());
  app.onError(onError(log));
  app.notFound((c) => sendProblem(c, new ApiProblem('not_found')));
  registerHealth(app, ping);
  app.options('/v1/*', corsPreflight(db));
  registerRoutes(app, routes, handlers, {
    db,
    now,
    bodyLimitBytes: options.bodyLimitBytes ?? 256 * 1024,
    rateLimits: options.rateLimits ?? DEFAULT_RATE_LIMITS,
    minFillTimeMs: options.minFillTimeMs ?? 1_500,
    trustProxy: options.trustProxy ?? false,
    idempotencyWaitMs: options.idempotencyWaitMs ?? 10_000,
  });
  return app;
}
