import { RESPONSE_HEADERS, type RouteDefinition } from '@alumni-kit/contract';
import type { Handler as HonoHandler } from 'hono';
import { sha256 } from '../auth/hash.ts';
import type { Database } from '../db/database.ts';
import { runWrite, type StoredAnswer } from '../idempotency/run-write.ts';
import type { AppEnv } from './env.ts';
import type { Handler, KeyOptionalContext } from './handler.ts';
import { idempotencyKey } from './idempotency-key.ts';
import { parseInput } from './parse-input.ts';
import { render } from './render.ts';
import { send } from './send.ts';
import { isSpam } from './spam.ts';

export interface OperationServices {
  db: Database;
  now: () => Date;
  minFillTimeMs: number;
  idempotencyWaitMs: number;
}

/**
 * The last step of a route: validates the input, runs the handler (writes in a transaction,
 * idempotent with a key) and sends its output.
 */
export function operation(
  operationId: string,
  route: RouteDefinition,
  handler: Handler<RouteDefinition, KeyOptionalContext>,
  services: OperationServices,
): HonoHandler<AppEnv> {
  return async (c) => {
    const locale = c.get('locale');
    const body = c.get('body');
    const input = parseInput(route, { params: c.req.param(), query: c.req.query(), body }, locale);
    const now = services.now();
    const tenant = c.get('tenant');
    const member = c.get('member');
    const context = { tenant, member, locale, now, spam: isSpam(input.body, services.minFillTimeMs) };
    // Reads, and the key-optional tracking pixel, need no transaction.
    if (route.method === 'GET' || !tenant) {
      return send(c, render(route, await handler(input, { ...context, db: services.db })));
    }
    const key = route.idempotent ? idempotencyKey(c) : undefined;
    const fingerprint = sha256(JSON.stringify([operationId, c.req.param(), body, member?.sub ?? null]));
    const request = { tenantId: tenant.id, key, fingerprint, now, requestId: c.get('requestId') };
    // Writes answer JSON, whose body is text.
    const answer = await runWrite(
      services.db,
      { ...request, waitMs: services.idempotencyWaitMs },
      async (tx) => render(route, await handler(input, { ...context, db: tx })) as StoredAnswer,
    );
    return send(c, {
      ...answer,
      ...(answer.replayed && { headers: { [RESPONSE_HEADERS.idempotentReplayed]: 'true' } }),
    });
  };
}
