import { routes, type Routes } from '@alumni-kit/contract';
import { createClient } from './create-client.ts';
import type { ClientOf, ClientOptions } from './types.ts';

/** Every operation of the Alumni Kit API as a typed method. */
export type AlumniClient = ClientOf<Routes>;

/** A client for the whole contract; use `createClient` with a few routes for a smaller bundle. */
export const createAlumniClient = (options: ClientOptions<Routes>): AlumniClient =>
  createClient(routes, options);
