import { HEADERS } from '@alumni-kit/contract';
import { ACCEPT } from './read-body.ts';
import type { HttpClientOptions, PreparedCall } from './types.ts';

/** The headers of one call; the client's and then the call's own `headers` override the defaults. */
export function requestHeaders(
  client: HttpClientOptions,
  { route, context, options }: PreparedCall,
): Headers {
  const headers = new Headers({
    Accept: ACCEPT[route.responseKind],
    'Accept-Language': context.locale,
    Authorization: `Bearer ${client.publishableKey}`,
  });
  if (context.memberToken) headers.set(HEADERS.memberToken, context.memberToken);
  if (context.idempotencyKey) headers.set(HEADERS.idempotencyKey, context.idempotencyKey);
  for (const overrides of [client.headers, options.headers]) {
    new Headers(overrides).forEach((value, name) => headers.set(name, value));
  }
  return headers;
}
