import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { rateLimitWindows } from '../db/schema/index.ts';

/**
 * Adds one request to each bucket's count in the window starting at `windowStart` and returns
 * the new counts. One statement, so that every instance behind a load balancer shares them.
 */
export async function countRequests(
  db: Database,
  buckets: readonly string[],
  windowStart: Date,
): Promise<Map<string, number>> {
  const rows = await db
    .insert(rateLimitWindows)
    .values(buckets.map((bucket) => ({ bucket, windowStart, count: 1 })))
    .onConflictDoUpdate({
      target: [rateLimitWindows.bucket, rateLimitWindows.windowStart],
      set: { count: sql`${rateLimitWindows.count} + 1` },
    })
    .returning({ bucket: rateLimitWindows.bucket, count: rateLimitWindows.count });
  return new Map(rows.map(({ bucket, count }) => [bucket, count]));
}
