import { clientMethods } from './client-methods.ts';
import type { ClientOf, ClientOptions, RouteTable } from './types.ts';
import { validateInput } from './validate-input.ts';
import { validateOutput } from './validate-output.ts';

/**
 * A client with one method per route of `table`, checking each input and answer against the
 * route's schemas. Pass a few routes imported from `@alumni-kit/contract`
 * (`createClient({ createSignup }, options)`) and a bundle carries only their schemas;
 * `createAlumniClient` passes them all.
 */
export const createClient = <T extends RouteTable>(table: T, options: ClientOptions<T>): ClientOf<T> =>
  clientMethods(table, options, { input: validateInput, output: validateOutput });
