import type { AlumniEvent } from '@alumni-kit/contract';

export interface CalendarLinkOptions {
  /** Follows the event's summary, e.g. the virtual link for a confirmed attendee or the page's URL. */
  details?: string;
}

/**
 * A description past 500 characters (code points, not UTF-16 halves of one) as its first 499
 * and an ellipsis. Descriptions may hold 10,000 characters, which percent-encoded (up to 9 bytes
 * a Japanese character) would make a URL longer than calendar services accept; summaries stop at 500.
 */
const LONG_DESCRIPTION = /^(.{499}).{2,}/su;

const notes = ({ summary, description }: AlumniEvent, details?: string) =>
  [summary ?? description.replace(LONG_DESCRIPTION, '$1…'), details].filter(Boolean).join('\n\n');

const place = ({ format, location: at }: AlumniEvent) =>
  format === 'virtual' || !at ? '' : [at.name, at.address, at.city, at.country].filter(Boolean).join(', ');

/** `2026-12-04T10:00:00Z`: the instant in UTC, to the second. */
const utc = (instant: string) => `${new Date(instant).toISOString().slice(0, 19)}Z`;

/** `base` with the non-empty `params`, spaces as `%20`: Outlook shows a `+` as itself. */
function link(base: string, params: Record<string, string>) {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) if (value) url.searchParams.set(name, value);
  return url.href.replaceAll('+', '%20');
}

/** Google Calendar's "new event" page filled in with `event`, shown in the event's own zone. */
export const googleCalendarUrl = (event: AlumniEvent, { details }: CalendarLinkOptions = {}) =>
  link('https://calendar.google.com/calendar/render', {
    action: 'TEMPLATE',
    text: event.title,
    dates: `${utc(event.startsAt)}/${utc(event.endsAt)}`.replace(/[-:]/g, ''),
    details: notes(event, details),
    location: place(event),
    ctz: event.timeZone,
  });

/**
 * Outlook.com's "new event" form filled in with `event`, for personal Microsoft accounts:
 * work accounts (Microsoft 365) sign in on another host only, and take the `.ics` file.
 * The body is read as HTML, hence the escaping and the `<br>` line breaks.
 */
export const outlookCalendarUrl = (event: AlumniEvent, { details }: CalendarLinkOptions = {}) =>
  link('https://outlook.live.com/calendar/0/action/compose', {
    rru: 'addevent',
    subject: event.title,
    startdt: utc(event.startsAt),
    enddt: utc(event.endsAt),
    body: notes(event, details).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\r?\n/g, '<br>'),
    location: place(event),
  });

/** `alumni-reunion-2026.ics`, `東京同窓会-2026.ics`: the title's letters and digits, joined by `-`. */
export const calendarFileName = ({ title }: AlumniEvent) =>
  `${
    title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^(.{60}).+/u, '$1')
      .replace(/^-|-$/g, '') || 'event'
  }.ics`;

/**
 * How long the object URL outlives the click: a browser that reads the blob after the click's
 * task (Firefox, some Safari versions) fails the download when it is revoked at once.
 */
const REVOKE_AFTER_MS = 30_000;

/**
 * Offers `text` (the server's `.ics`) as a download named `fileName` through a `blob:` link,
 * which is a navigation rather than a script: it works under a strict CSP with Trusted Types.
 */
export function saveCalendarFile(text: string, fileName: string, document = globalThis.document) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const anchor = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
