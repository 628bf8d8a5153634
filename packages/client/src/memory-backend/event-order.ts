import type { EventCursor } from '@alumni-kit/contract';

/** An event's place in its timeframe's order: the cursor's position without the timeframe. */
export type SortKey = Omit<EventCursor, 'when'>;

/**
 * Sort order of a timeframe: upcoming soonest first, past newest first, ties broken by id
 * so that every position is unique and pages never overlap or skip.
 */
export function compareInTimeframe(when: EventCursor['when'], a: SortKey, b: SortKey): number {
  const ascending = a.startsAt - b.startsAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return when === 'upcoming' ? ascending : -ascending;
}
