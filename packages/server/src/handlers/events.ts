import {
  decodeEventCursor,
  encodeEventCursor,
  fieldError,
  toICalendar,
  type Routes,
} from '@alumni-kit/contract';
import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { events } from '../db/schema/index.ts';
import { invalidFields } from '../http/api-problem.ts';
import type { Handler } from '../http/handler.ts';
import { eventColumns, findVisibleEvent, toPublicEvent, visibleEvents } from './views/event-view.ts';

/**
 * Published events of one timeframe (upcoming: not yet ended, soonest first; past: newest
 * first), filtered by type and format, a page at a time. The cursor is the last item's sort key
 * (start, then id), so pages stay stable while events are added or pass.
 */
export const listEvents: Handler<Routes['listEvents']> = async ({ query }, { db, tenant, now, locale }) => {
  const { when, limit, type, format, cursor } = query;
  const after = cursor === undefined ? undefined : decodeEventCursor(cursor);
  if (cursor !== undefined && after?.when !== when) {
    throw invalidFields([fieldError(['cursor'], 'invalid_format', locale)]);
  }
  const upcoming = when === 'upcoming';
  const position = after && sql`(${new Date(after.startsAt).toISOString()}::timestamptz, ${after.id})`;
  const rows = await db
    .select(eventColumns)
    .from(events)
    .where(
      and(
        visibleEvents(tenant.id),
        upcoming ? gte(events.endsAt, now) : lt(events.endsAt, now),
        type === undefined ? undefined : eq(events.type, type),
        format === undefined ? undefined : eq(events.format, format),
        position &&
          (upcoming
            ? sql`(${events.startsAt}, ${events.id}) > ${position}`
            : sql`(${events.startsAt}, ${events.id}) < ${position}`),
      ),
    )
    .orderBy(
      ...(upcoming ? [asc(events.startsAt), asc(events.id)] : [desc(events.startsAt), desc(events.id)]),
    )
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const last = page.at(-1)?.event;
  return {
    items: page.map(toPublicEvent),
    nextCursor:
      last && rows.length > limit
        ? encodeEventCursor({ when, startsAt: last.startsAt.getTime(), id: last.id })
        : null,
  };
};

export const getEvent: Handler<Routes['getEvent']> = async ({ params }, { db, tenant }) =>
  toPublicEvent(await findVisibleEvent(db, tenant.id, params.eventId));

/** The event as an iCalendar file (never with its virtual link). */
export const getEventCalendar: Handler<Routes['getEventCalendar']> = async (
  { params },
  { db, tenant, now },
) => toICalendar(toPublicEvent(await findVisibleEvent(db, tenant.id, params.eventId)), { now });
