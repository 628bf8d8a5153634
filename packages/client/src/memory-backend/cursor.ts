import { decodeJson, encodeJson } from './base64url.ts';

export type Timeframe = 'upcoming' | 'past';

/** Where a page ended: the last item's sort key (start instant, then id) in its timeframe. */
export interface CursorPosition {
  when: Timeframe;
  startsAt: number;
  id: string;
}

/** An opaque cursor for the page after `position`. */
export const encodeCursor = ({ when, startsAt, id }: CursorPosition): string =>
  encodeJson([when, startsAt, id]);

/** The position a cursor encodes, or `undefined` when it is not one of ours. */
export function decodeCursor(cursor: string): CursorPosition | undefined {
  const value = decodeJson(cursor);
  if (!Array.isArray(value) || value.length !== 3) return undefined;
  const [when, startsAt, id] = value as unknown[];
  const known =
    (when === 'upcoming' || when === 'past') && Number.isFinite(startsAt) && typeof id === 'string';
  return known ? { when, startsAt: startsAt as number, id } : undefined;
}

/**
 * Sort order of a timeframe: upcoming soonest first, past newest first, ties broken by id
 * so that every position is unique and pages never overlap or skip.
 */
export function compareInTimeframe(
  when: Timeframe,
  a: Omit<CursorPosition, 'when'>,
  b: Omit<CursorPosition, 'when'>,
): number {
  const ascending = a.startsAt - b.startsAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return when === 'upcoming' ? ascending : -ascending;
}
