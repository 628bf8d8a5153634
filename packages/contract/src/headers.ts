/** Header names the API reads besides `Authorization`. */
export const HEADERS = {
  idempotencyKey: 'Idempotency-Key',
  memberToken: 'X-Alumni-Member-Token',
  requestId: 'X-Request-Id',
} as const;
