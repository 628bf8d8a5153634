/**
 * Whether an error (or its cause: Drizzle wraps driver errors) is a PostgreSQL error with this
 * SQLSTATE, e.g. `23505` unique violation, `55P03` lock timeout.
 */
export function isDatabaseError(error: unknown, code: string): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if ((current as { code?: unknown }).code === code) return true;
  }
  return false;
}
