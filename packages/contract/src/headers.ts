/** Header names the API reads besides `Authorization`. */
export const HEADERS = {
  idempotencyKey: 'Idempotency-Key',
  memberToken: 'X-Alumni-Member-Token',
  requestId: 'X-Request-Id',
} as const;

/** Header names the API answers with, besides the standard ones. */
export const RESPONSE_HEADERS = {
  requestId: 'X-Request-Id',
  idempotentReplayed: 'Idempotent-Replayed',
  retryAfter: 'Retry-After',
  rateLimitLimit: 'RateLimit-Limit',
  rateLimitRemaining: 'RateLimit-Remaining',
  rateLimitReset: 'RateLimit-Reset',
  rateLimitPolicy: 'RateLimit-Policy',
} as const;
