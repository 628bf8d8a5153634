import { createEndpointClient, type BackendOf, type ClientOf, type EndpointTable } from '@alumni-kit/client';
import type { Locale } from '@alumni-kit/contract';
import { globalConfig, memberTokenOf } from './configure.ts';

/** What an element knows about reaching its backend: its attributes and properties. */
export interface ClientSettings<T extends EndpointTable> {
  client?: ClientOf<T> | undefined;
  backend?: BackendOf<T> | undefined;
  apiBase?: string | undefined;
  publishableKey?: string | undefined;
  memberToken?: string | undefined;
}

/**
 * The client an element calls, for just the endpoints it uses; it checks nothing itself (the
 * element validates its forms with the contract's rules, the server validates again). In order:
 * its `client` property; a `backend` (its own, then `configure()`'s); HTTP to `api-base` with
 * `publishable-key` (its own attributes, then `configure()`'s). Not `identified`, the calls carry
 * no member token, neither the element's nor `configure()`'s.
 */
export function elementClient<T extends EndpointTable>(
  endpoints: T,
  settings: ClientSettings<T>,
  locale: Locale,
  { identified = true }: { identified?: boolean } = {},
): ClientOf<T> {
  if (settings.client) return settings.client;
  const config = globalConfig();
  const memberToken = identified ? memberTokenOf(settings) || undefined : undefined;
  const backend = settings.backend ?? (config.backend as BackendOf<T> | undefined);
  if (backend) return createEndpointClient(endpoints, { backend, locale, memberToken });
  const baseUrl = settings.apiBase || config.apiBase;
  const publishableKey = settings.publishableKey || config.publishableKey;
  if (!baseUrl || !publishableKey) {
    throw new Error(
      'Alumni Kit: set api-base and publishable-key (or call configure()), or a client or backend',
    );
  }
  return createEndpointClient(endpoints, { baseUrl, publishableKey, locale, memberToken });
}
