import type { Locale, RouteInput, RouteOutput, Routes } from '@alumni-kit/contract';
import type { RouteTable } from './types.ts';

/** What travels with every call besides its input. */
export interface CallContext {
  /** Present on writes: one key per logical submission, reused on retry. */
  idempotencyKey?: string;
  memberToken?: string;
  locale: Locale;
  signal?: AbortSignal;
}

/** The operations of a route table, implemented in-process. */
export type BackendOf<T extends RouteTable> = {
  [K in keyof T]: (input: RouteInput<T[K]>, context: CallContext) => Promise<RouteOutput<T[K]>>;
};

/**
 * The typed operations of the contract, implemented in-process. A `backend` runs
 * instead of HTTP: for Storybook, demos, tests, or data that lives elsewhere.
 * Failures are thrown as `AlumniApiError` with problem details, as the server would answer.
 */
export type AlumniBackend = BackendOf<Routes>;
