import { decodeBase64UrlJson, encodeBase64UrlJson } from './base64url.ts';

/** Where a page of `listEvents` ended: the last item's sort key (start instant, then id) in its timeframe. */
export interface EventCursor {
  when: 'upcoming' | 'past';
  /** Milliseconds since the epoch. */
  startsAt: number;
  id: string;
}

/** The opaque `nextCursor` for the page after `position`. */
export const encodeEventCursor = ({ when, startsAt, id }: EventCursor): string =>
  encodeBase64UrlJson([when, startsAt, id]);

/** The position a cursor encodes, or `undefined` when it is not one `encodeEventCursor` wrote. */
export function decodeEventCursor(cursor: string): EventCursor | undefined {
  const value = decodeBase64UrlJson(cursor);
  if (!Array.isArray(value) || value.length !== 3) return undefined;
  const [when, startsAt, id] = value as unknown[];
  const instant = typeof startsAt === 'number' && !Number.isNaN(new Date(startsAt).getTime());
  const known = (when === 'upcoming' || when === 'past') && instant && typeof id === 'string';
  return known ? { when, startsAt, id } : undefined;
}
