import type { AlumniEvent } from '@alumni-kit/contract';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { events, rsvps } from '../../db/schema/index.ts';
import { ApiProblem } from '../../http/api-problem.ts';
import { optional } from './optional.ts';

/**
 * RSVPs of the row's event with this status. The outer columns are written out: Drizzle leaves
 * columns of a one-table query unqualified, which inside the subquery would name the RSVP's own.
 */
const countOf = (status: 'confirmed' | 'waitlisted') =>
  sql<number>`(select count(*)::int from ${rsvps} where ${rsvps.tenantId} = "events"."tenant_id"
    and ${rsvps.eventId} = "events"."id" and ${rsvps.status} = ${status})`;

/** An event's columns with its confirmed and waitlisted counts. */
export const eventColumns = {
  event: events,
  confirmed: countOf('confirmed'),
  waitlisted: countOf('waitlisted'),
};

export interface EventWithCounts {
  event: typeof events.$inferSelect;
  confirmed: number;
  waitlisted: number;
}

/** Published events (and published ones since cancelled) of a tenant; drafts are as good as unknown. */
export const visibleEvents = (tenantId: string) =>
  and(eq(events.tenantId, tenantId), ne(events.status, 'draft'));

/** Whether the tenant has this event, published. */
export async function isVisibleEvent(db: Database, tenantId: string, eventId: string): Promise<boolean> {
  const rows = await db
    .select({ id: events.id })
    .from(events)
    .where(and(visibleEvents(tenantId), eq(events.id, eventId)));
  return rows.length > 0;
}

/** A visible event with its counts, else 404. */
export async function findVisibleEvent(
  db: Database,
  tenantId: string,
  eventId: string,
): Promise<EventWithCounts> {
  const [found] = await db
    .select(eventColumns)
    .from(events)
    .where(and(visibleEvents(tenantId), eq(events.id, eventId)));
  if (!found) throw new ApiProblem('not_found');
  return found;
}

/** An event as anyone may see it: seats and waitlist counted, never the virtual link. */
export function toPublicEvent({ event, confirmed, waitlisted }: EventWithCounts): AlumniEvent {
  return {
    id: event.id,
    title: event.title,
    ...optional('summary', event.summary),
    description: event.description,
    type: event.type,
    format: event.format,
    status: event.status === 'cancelled' ? 'cancelled' : 'published',
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    timeZone: event.timeZone,
    ...optional('location', event.location),
    capacity: event.capacity,
    seatsLeft: event.capacity === null ? null : Math.max(0, event.capacity - confirmed),
    waitlist: { enabled: event.waitlistEnabled, count: waitlisted },
    policies: event.policies,
    ...optional('callForSpeakers', event.callForSpeakers),
    updatedAt: event.updatedAt.toISOString(),
  };
}
