import type { BackendOf } from './backend.ts';
import type { EndpointTable, Transport } from './types.ts';

type Operation = (input: unknown, context: unknown) => Promise<unknown>;

/** Runs calls in-process; the backend's own errors (`AlumniApiError`, the caller's abort) pass through. */
export function backendTransport<T extends EndpointTable>(backend: BackendOf<T>): Transport {
  const operations = backend as unknown as Readonly<Record<string, Operation>>;
  return async ({ operationId, route, input, context }) => ({
    status: route.status,
    data: await (operations[operationId] as Operation)(input, context),
  });
}
