import { HTTPError, TimeoutError } from 'ky';
import { AlumniApiError } from './errors/alumni-api-error.ts';
import { AlumniNetworkError } from './errors/alumni-network-error.ts';
import { problemFromResponse } from './problem-from-response.ts';

/**
 * The error a failed HTTP call rejects with: the caller's own abort reason unchanged,
 * `AlumniApiError` for an error status, `AlumniNetworkError` when no answer came.
 * Anything else (a response-schema error, a bug) passes through as it is.
 */
export async function toClientError(error: unknown, signal: AbortSignal | undefined): Promise<unknown> {
  // First: an abort reason may be of any type (even a TypeError), and some engines
  // reject fetch with an AbortError of their own rather than the caller's reason.
  if (signal?.aborted) return signal.reason;
  if (error instanceof HTTPError) {
    return new AlumniApiError(await problemFromResponse(error.response), { cause: error });
  }
  if (error instanceof TimeoutError)
    return new AlumniNetworkError(error.message, { cause: error, timedOut: true });
  // fetch() rejects with a TypeError when the network fails, a connection drops or CORS refuses.
  if (error instanceof TypeError) return new AlumniNetworkError(error.message, { cause: error });
  return error;
}
