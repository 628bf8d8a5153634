import type { Database } from '../db/database.ts';
import { events } from '../db/schema/index.ts';

const DAY = 86_400_000;

/** Adds a published event of a tenant, a week from now unless told otherwise. */
export async function addEvent(
  db: Database,
  tenantId: string,
  event: Partial<typeof events.$inferInsert> & { id: string },
): Promise<void> {
  const startsAt = new Date(Date.now() + 7 * DAY);
  await db.insert(events).values({
    tenantId,
    status: 'published',
    title: event.id,
    description: 'An event made by a test',
    type: 'social',
    format: 'virtual',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3_600_000),
    timeZone: 'Asia/Tokyo',
    capacity: null,
    waitlistEnabled: false,
    policies: [],
    updatedAt: new Date(),
    ...event,
  });
}
