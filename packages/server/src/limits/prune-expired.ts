import { lt } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { idempotencyRecords, rateLimitWindows } from '../db/schema/index.ts';

/** Idempotency records are kept at least this long. */
const IDEMPOTENCY_RETENTION_MS = 25 * 3_600_000;
/** Rate-limit windows are kept a while after they close. */
const WINDOW_RETENTION_MS = 3_600_000;

/** Deletes idempotency records past their retention and rate-limit windows long closed. */
export async function pruneExpired(db: Database, now: Date): Promise<void> {
  await db
    .delete(idempotencyRecords)
    .where(lt(idempotencyRecords.createdAt, new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS)));
  await db
    .delete(rateLimitWindows)
    .where(lt(rateLimitWindows.windowStart, new Date(now.getTime() - WINDOW_RETENTION_MS)));
}
