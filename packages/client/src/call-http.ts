import { buildPath } from '@alumni-kit/contract';
import ky from 'ky';
import { toClientError } from './client-error.ts';
import { readBody } from './read-body.ts';
import { requestHeaders } from './request-headers.ts';
import { DEFAULT_RETRIES, retryPolicy } from './retry.ts';
import { toSearchParams } from './search-params.ts';
import type { HttpClientOptions, Transport } from './types.ts';

const DEFAULT_TIMEOUT = 10_000;

/** Sends calls to the API over HTTP with ky: one request per attempt, retried as `retryPolicy` says. */
export function httpTransport(client: HttpClientOptions): Transport {
  const retries = client.retry === false ? 0 : (client.retry ?? DEFAULT_RETRIES);
  return async (call) => {
    const { route, input, context, options } = call;
    // Only a write that carries an Idempotency-Key is safe to send twice.
    const repeatable = route.method === 'GET' || route.idempotent;
    // Building the request throws synchronously on a malformed URL or header: a bug, not a network error.
    const pending = ky(buildPath(route.path, input.params).slice(1), {
      prefixUrl: client.baseUrl,
      method: route.method,
      headers: requestHeaders(client, call),
      searchParams: toSearchParams(input.query),
      json: input.body,
      signal: context.signal,
      timeout: options.timeout ?? client.timeout ?? DEFAULT_TIMEOUT,
      retry: retryPolicy(repeatable ? retries : 0),
      fetch: client.fetch,
    });
    try {
      const response = await pending;
      return { status: response.status, data: await readBody(route.responseKind, response) };
    } catch (error) {
      throw await toClientError(error, context.signal);
    }
  };
}
