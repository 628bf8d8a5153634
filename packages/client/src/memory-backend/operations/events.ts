import { decodeEventCursor, encodeEventCursor, fieldError, toICalendar } from '@alumni-kit/contract';
import { compareInTimeframe, type SortKey } from '../event-order.ts';
import { findPublishedEvent, hasEnded, toPublicEvent } from '../event-view.ts';
import type { Operation } from '../operation.ts';
import { invalidFields } from '../problems.ts';

/**
 * Published events of one timeframe (upcoming: not yet ended, soonest first; past: newest
 * first), filtered by type and format, a page at a time. The cursor is the last item's sort
 * key, so pages stay stable while events are added or pass.
 */
export const listEvents: Operation<'listEvents'> = ({ query }, { store, now, locale }) => {
  const { when, limit, type, format, cursor } = query;
  const after = cursor === undefined ? undefined : decodeEventCursor(cursor);
  if (cursor !== undefined && after?.when !== when) {
    throw invalidFields([fieldError(['cursor'], 'invalid_format', locale)]);
  }
  const at = now();
  const keyOf = (event: { startsAt: string; id: string }): SortKey => ({
    startsAt: Date.parse(event.startsAt),
    id: event.id,
  });
  const matching = [...store.events.values()]
    .filter((event) => event.status !== 'draft')
    .filter((event) => hasEnded(event, at) === (when === 'past'))
    .filter(
      (event) =>
        (type === undefined || event.type === type) && (format === undefined || event.format === format),
    )
    .filter((event) => !after || compareInTimeframe(when, keyOf(event), after) > 0)
    .sort((a, b) => compareInTimeframe(when, keyOf(a), keyOf(b)));

  const page = matching.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((event) => toPublicEvent(store, event)),
    nextCursor: last && matching.length > limit ? encodeEventCursor({ when, ...keyOf(last) }) : null,
  };
};

export const getEvent: Operation<'getEvent'> = ({ params }, { store }) =>
  toPublicEvent(store, findPublishedEvent(store, params.eventId));

/** The event as an iCalendar file, stamped with the backend's clock. */
export const getEventCalendar: Operation<'getEventCalendar'> = ({ params }, { store, now }) =>
  toICalendar(toPublicEvent(store, findPublishedEvent(store, params.eventId)), { now: now() });
