import { backendTransport } from './call-backend.ts';
import { httpTransport } from './call-http.ts';
import { createIdempotencyKey } from './idempotency.ts';
import type { CallOptions, ClientOf, ClientOptions, RouteTable, ValidInput } from './types.ts';
import { validateInput } from './validate-input.ts';
import { validateOutput } from './validate-output.ts';

/**
 * A client with one method per route of `table`. Pass a few routes imported from
 * `@alumni-kit/contract` (`createClient({ createSignup }, options)`) and a bundle carries
 * only their schemas; `createAlumniClient` passes them all.
 */
export function createClient<T extends RouteTable>(table: T, options: ClientOptions<T>): ClientOf<T> {
  const locale = options.locale ?? 'en';
  const transport = 'baseUrl' in options ? httpTransport(options) : backendTransport(options.backend);
  const methods = Object.entries(table).map(([operationId, route]) => {
    const method = async (input: ValidInput = {}, callOptions: CallOptions = {}) => {
      callOptions.signal?.throwIfAborted();
      const valid = validateInput(route, input, locale);
      const idempotencyKey = route.idempotent
        ? (callOptions.idempotencyKey ?? createIdempotencyKey())
        : undefined;
      const context = {
        locale,
        memberToken: options.memberToken,
        signal: callOptions.signal,
        idempotencyKey,
      };
      const result = await transport({ operationId, route, input: valid, context, options: callOptions });
      return validateOutput(route, result, locale);
    };
    return [operationId, method];
  });
  return Object.fromEntries(methods) as ClientOf<T>;
}
