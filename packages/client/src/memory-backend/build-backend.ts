import {
  routes,
  type OperationId,
  type RouteDefinition,
  type RouteInput,
  type RouteOutput,
  type Routes,
} from '@alumni-kit/contract';
import type { AlumniBackend, CallContext } from '../backend.ts';
import { createIdempotencyRecords } from './idempotency.ts';
import { createIdentityHasher } from './identity-hash.ts';
import { parseInput } from './input.ts';
import { operations } from './operations/index.ts';
import { pause } from './pause.ts';
import type { Store } from './store.ts';

export interface BackendSettings {
  now: () => Date;
  latencyMs: number;
}

/** A copy the caller may change without changing the store (calendar text and GIFs are immutable). */
const detach = <T>(route: RouteDefinition, value: T): T =>
  route.responseKind === 'json' ? structuredClone(value) : value;

/**
 * The contract's operations over a store, behaving like the server: the same validation and
 * problems, idempotent writes answered from their records, answers that share nothing with the store.
 */
export function buildBackend(store: Store, { now, latencyMs }: BackendSettings): AlumniBackend {
  const once = createIdempotencyRecords();
  const hashIdentity = createIdentityHasher();

  const bind =
    <K extends OperationId>(id: K) =>
    async (input: RouteInput<Routes[K]>, context: CallContext): Promise<RouteOutput<Routes[K]>> => {
      await pause(latencyMs, context.signal);
      const route = routes[id];
      const parsed = parseInput(route, input, context.locale);
      const { locale, memberToken, idempotencyKey } = context;
      const run = async () =>
        detach(route, await operations[id](parsed, { store, now, locale, memberToken, hashIdentity }));
      const result =
        route.idempotent && idempotencyKey !== undefined
          ? await once(idempotencyKey, [id, input.params, input.body], run)
          : await run();
      return detach(route, result);
    };

  const backend: Partial<Record<OperationId, unknown>> = {};
  for (const id of Object.keys(operations) as OperationId[]) backend[id] = bind(id);
  return backend as AlumniBackend;
}
