import type { RetryOptions } from 'ky';

/** Statuses that say "try again later": timeout, rate limit, and transient server failures. */
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

export const DEFAULT_RETRIES = 2;

/**
 * How a call is retried: on network errors, timeouts and `RETRY_STATUSES`, after the
 * server's `Retry-After` when it sends one (capped at a minute), otherwise after an
 * exponential backoff (0.3 s, 0.6 s, 1.2 s … capped at 10 s) with full jitter.
 */
export function retryPolicy(limit: number): RetryOptions {
  return {
    limit,
    methods: ['get', 'post', 'put', 'delete'],
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: RETRY_STATUSES,
    maxRetryAfter: 60_000,
    backoffLimit: 10_000,
    jitter: true,
    retryOnTimeout: true,
  };
}
