import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { events } from '../db/schema/index.ts';

/**
 * Locks an event's row until the transaction ends, so that replies and cancellations of one
 * event take turns. Counting seats comes after, in its own statement: a statement that waited
 * for the lock still sees the data from before its wait.
 */
export async function lockEvent(db: Database, tenantId: string, eventId: string): Promise<void> {
  await db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.tenantId, tenantId), eq(events.id, eventId)))
    .for('update');
}
