import type { Hono } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * `/healthz`: the process answers (liveness). `/readyz`: the database answers too (readiness:
 * a load balancer sends traffic only then).
 */
export function registerHealth(app: Hono<AppEnv>, ping: () => Promise<void>): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await ping();
      return c.json({ status: 'ready' });
    } catch {
      return c.json({ status: 'unavailable' }, 503);
    }
  });
}
