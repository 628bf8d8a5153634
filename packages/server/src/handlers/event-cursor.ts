export type Timeframe = 'upcoming' | 'past';

/** Where a page ended: the last item's sort key (start instant, then id) in its timeframe. */
export interface CursorPosition {
  when: Timeframe;
  startsAt: Date;
  id: string;
}

/** An opaque cursor for the page after `position`. */
export const encodeCursor = ({ when, startsAt, id }: CursorPosition): string =>
  Buffer.from(JSON.stringify([when, startsAt.getTime(), id])).toString('base64url');

/** The position a cursor encodes, or `undefined` when it is not one of ours. */
export function decodeCursor(cursor: string): CursorPosition | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 3) return undefined;
  const [when, startsAt, id] = value as unknown[];
  const date = new Date(typeof startsAt === 'number' ? startsAt : NaN);
  const known =
    (when === 'upcoming' || when === 'past') && !Number.isNaN(date.getTime()) && typeof id === 'string';
  return known ? { when, startsAt: date, id } : undefined;
}
