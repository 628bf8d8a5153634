import { DEFAULT_RATE_LIMITS } from '../app.ts';
import type { RateLimits } from '../http/rate-limit.ts';

/** A positive integer from the environment, else the default. */
function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, not "${raw}"`);
  return value;
}

/** Rate limits from `RATE_LIMIT_WINDOW_SECONDS`, `RATE_LIMIT_PER_KEY` and `RATE_LIMIT_PER_IP`. */
export const limitsFromEnv = (): RateLimits => ({
  windowSeconds: positive('RATE_LIMIT_WINDOW_SECONDS', DEFAULT_RATE_LIMITS.windowSeconds),
  perKey: positive('RATE_LIMIT_PER_KEY', DEFAULT_RATE_LIMITS.perKey),
  perIp: positive('RATE_LIMIT_PER_IP', DEFAULT_RATE_LIMITS.perIp),
});
