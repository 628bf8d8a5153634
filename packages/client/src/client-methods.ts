import type { Locale } from '@alumni-kit/contract';
import { backendTransport } from './call-backend.ts';
import { httpTransport } from './call-http.ts';
import { createIdempotencyKey } from './idempotency.ts';
import type { CallOptions, ClientOf, ClientOptions, EndpointTable, RawResult, ValidInput } from './types.ts';

/** What a client checks before sending and after answering; a client without checks sends as given. */
export interface Checks<T extends EndpointTable> {
  input(route: T[keyof T], input: ValidInput, locale: Locale): ValidInput;
  output(route: T[keyof T], result: RawResult, locale: Locale): unknown;
}

/**
 * One method per entry of `table`: each creates the idempotency key of a write (unless the
 * caller brings the key of its submission), runs the call over HTTP or in-process, and applies
 * `checks` when given.
 */
export function clientMethods<T extends EndpointTable>(
  table: T,
  options: ClientOptions<T>,
  checks?: Checks<T>,
): ClientOf<T> {
  const locale = options.locale ?? 'en';
  const transport = 'baseUrl' in options ? httpTransport(options) : backendTransport(options.backend);
  const methods = Object.entries(table).map(([operationId, route]) => {
    const method = async (input: ValidInput = {}, callOptions: CallOptions = {}) => {
      callOptions.signal?.throwIfAborted();
      const valid = checks ? checks.input(route as T[keyof T], input, locale) : input;
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
      return checks ? checks.output(route as T[keyof T], result, locale) : result.data;
    };
    return [operationId, method];
  });
  return Object.fromEntries(methods) as ClientOf<T>;
}
