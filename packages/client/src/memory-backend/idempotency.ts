import { apiError } from './problems.ts';

interface Entry {
  fingerprint: string;
  /** Settles with the stored response; pending while the first request runs. */
  response: Promise<unknown>;
  done: boolean;
}

/** JSON with object keys sorted, so that equal data gives equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    nested && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : nested,
  );
}

/**
 * Idempotency records, as the server keeps them (there per tenant, ≥ 24 h; here for the
 * backend's lifetime): the same key with the same request gives the stored response without
 * running the operation again; with a different request, 422 `idempotency_key_reused`; while
 * the first request still runs, 409 `idempotency_key_in_use`. Only successes are stored: a
 * failed request may be retried with its key.
 */
export function createIdempotencyRecords() {
  const entries = new Map<string, Entry>();

  return async function once<T>(key: string, request: unknown, run: () => Promise<T>): Promise<T> {
    const fingerprint = canonicalJson(request);
    const existing = entries.get(key);
    if (existing && existing.fingerprint !== fingerprint) throw apiError('idempotency_key_reused');
    if (existing && !existing.done) throw apiError('idempotency_key_in_use');
    if (existing) return existing.response as Promise<T>;

    const entry: Entry = { fingerprint, response: run(), done: false };
    entries.set(key, entry);
    try {
      const response = await entry.response;
      entry.done = true;
      return response as T;
    } catch (error) {
      entries.delete(key);
      throw error;
    }
  };
}
