import type { RouteDefinition } from '@alumni-kit/contract';
import type { Hono, MiddlewareHandler } from 'hono';
import { authenticate } from './authenticate.ts';
import { corsGrant } from './cors.ts';
import type { AppEnv } from './env.ts';
import type { Handler, Handlers, KeyOptionalContext } from './handler.ts';
import { jsonBody } from './json-body.ts';
import { operation, type OperationServices } from './operation.ts';
import { rateLimit, type RateLimits } from './rate-limit.ts';

export interface RouteServices extends OperationServices {
  bodyLimitBytes: number;
  rateLimits: RateLimits;
  trustProxy: boolean;
}

/** `/v1/events/{eventId}` → `/v1/events/:eventId` */
export const toHonoPath = (template: string): string => template.replace(/\{(\w+)\}/g, ':$1');

/**
 * Serves every route of a table with its handler: authentication, CORS, rate limits, the JSON
 * body (size-limited before parsing), validation, then the handler — writes in a transaction,
 * idempotent under an `Idempotency-Key`.
 */
export function registerRoutes<T extends Record<string, RouteDefinition>>(
  app: Hono<AppEnv>,
  routes: T,
  handlers: Handlers<T>,
  services: RouteServices,
): void {
  for (const [operationId, route] of Object.entries(routes)) {
    const handler = handlers[operationId] as Handler<RouteDefinition, KeyOptionalContext>;
    const { db, now } = services;
    const steps: MiddlewareHandler<AppEnv>[] = [
      async (c, next) => {
        c.set('route', route.path);
        await next();
      },
      authenticate(route, { db, now }),
      corsGrant(),
      rateLimit({ db, now, limits: services.rateLimits, trustProxy: services.trustProxy }),
      ...(route.body ? [jsonBody(services.bodyLimitBytes)] : []),
    ];
    app.on(
      route.method,
      [toHonoPath(route.path)],
      ...steps,
      operation(operationId, route, handler, services),
    );
  }
}
