import type { AlumniEvent } from './schemas/event.ts';

export interface CalendarOptions {
  /** `PRODID` of the calendar, e.g. `-//Example Corp//Alumni Events//EN`. */
  productId?: string;
  /** A page about the event (`URL`); must be an absolute URL. */
  url?: string;
  /** The moment the file is made (`DTSTAMP`); the current time by default. */
  now?: Date;
}

const DEFAULT_PRODUCT_ID = '-//Alumni Kit//Alumni Kit//EN';
const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** One event as an RFC 5545 iCalendar file (`METHOD:PUBLISH`), times in UTC. */
export function toICalendar(event: AlumniEvent, options: CalendarOptions = {}): string {
  const location = locationText(event);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.id}@alumni-kit`,
    `DTSTAMP:${utcDateTime(options.now ?? new Date())}`,
    `DTSTART:${utcDateTime(new Date(event.startsAt))}`,
    `DTEND:${utcDateTime(new Date(event.endsAt))}`,
    `LAST-MODIFIED:${utcDateTime(new Date(event.updatedAt))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(location === undefined ? [] : [`LOCATION:${escapeText(location)}`]),
    // The URL parser percent-encodes anything (line breaks included) that could end the property.
    ...(options.url === undefined ? [] : [`URL:${new URL(options.url).href}`]),
    `STATUS:${event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function locationText(event: AlumniEvent): string | undefined {
  const { location } = event;
  if (location) {
    return [location.name, location.address, location.city, location.country].filter(Boolean).join(', ');
  }
  return event.format === 'in-person' ? undefined : 'Online';
}

/** `2026-12-01T09:00:00.000Z` → `20261201T090000Z` (RFC 5545 DATE-TIME in UTC). */
const utcDateTime = (date: Date): string =>
  date
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, every line break as `\n`. */
export const escapeText = (text: string): string =>
  text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');

/**
 * Folds a content line into physical lines of at most 75 octets of UTF-8, each
 * continuation starting with a space; a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
