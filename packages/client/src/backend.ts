import type { Locale, RouteInput, RouteOf, RouteOutput, Routes } from '@alumni-kit/contract';
import type { EndpointTable } from './types.ts';

/** What travels with every call besides its input. */
export interface CallContext {
  /** Present on writes: one key per logical submission, reused on retry. */
  idempotencyKey?: string;
  memberToken?: string;
  locale: Locale;
  signal?: AbortSignal;
}

/** The operations of a route table, implemented in-process. */
export type BackendOf<T extends EndpointTable> = {
  [K in keyof T]: (
    input: RouteInput<RouteOf<T[K]>>,
    context: CallContext,
  ) => Promise<RouteOutput<RouteOf<T[K]>>>;
};

/**
 * The typed operations of the contract, implemented in-process. A `backend` runs
 * instead of HTTP: for Storybook, demos, tests, or data that lives elsewhere.
 * Failures are thrown as `AlumniApiError` with problem details, as the server would answer.
 */
export type AlumniBackend = BackendOf<Routes>;
