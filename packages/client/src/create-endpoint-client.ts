import { clientMethods } from './client-methods.ts';
import type { ClientOf, ClientOptions, EndpointTable } from './types.ts';

/**
 * A client with the same typed methods as `createClient`, built from endpoints
 * (`createEndpointClient({ createSignup: endpoints.createSignup }, options)`): it sends what
 * it is given and returns what the server answers, unchecked, so that its bundle carries no
 * schema and no zod. The server still validates every input; use it where bytes count and the
 * caller validates on its own (the elements load the contract's schemas only when a form is used).
 */
export const createEndpointClient = <T extends EndpointTable>(
  table: T,
  options: ClientOptions<T>,
): ClientOf<T> => clientMethods(table, options);
