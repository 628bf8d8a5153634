import type { Locale, OperationId, RouteInput, RouteOutput, Routes } from '@alumni-kit/contract';

/** What travels with every call besides its input. */
export interface CallContext {
  /** Present on writes: one key per logical submission, reused on retry. */
  idempotencyKey?: string;
  memberToken?: string;
  locale: Locale;
  signal?: AbortSignal;
}

/**
 * The typed operations of the contract, implemented in-process. A `backend` runs
 * instead of HTTP: for Storybook, demos, tests, or data that lives elsewhere.
 * Failures are thrown as `AlumniApiError` with problem details, as the server would answer.
 */
export type AlumniBackend = {
  [K in OperationId]: (input: RouteInput<Routes[K]>, context: CallContext) => Promise<RouteOutput<Routes[K]>>;
};
