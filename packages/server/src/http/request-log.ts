import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import type { Logger } from './logger.ts';

/** One log entry per request: its id, route template, status and duration. */
export const requestLog =
  (log: Logger): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const started = performance.now();
    await next();
    const tenant = c.get('tenant');
    log({
      level: c.res.status >= 500 ? 'error' : 'info',
      message: 'request',
      requestId: c.get('requestId'),
      method: c.req.method,
      route: c.get('route') ?? '-',
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
      ...(tenant && { tenantId: tenant.id }),
    });
  };
