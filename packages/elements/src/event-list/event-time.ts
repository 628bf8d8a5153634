import type { AlumniEvent, Locale } from '@alumni-kit/contract';

/** When an event happens, written for a viewer. */
export interface EventTime {
  /** Start to end in the viewer's zone, with the zone's short name. */
  viewer: string;
  /** Start to end in the event's own zone, only when the viewer's clock reads differently. */
  own?: string;
}

const FORMAT: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

// Building a DateTimeFormat costs far more than formatting with one, and a long list formats
// every card on each render: one formatter per language, zone and style is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string | undefined, timeZoneName: 'short' | 'longOffset') {
  const key = `${locale} ${timeZone ?? ''} ${timeZoneName}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...FORMAT, timeZoneName, timeZone });
    formatters.set(key, format);
  }
  return format;
}

const range = (event: AlumniEvent, locale: Locale, timeZone: string | undefined) =>
  formatter(locale, timeZone, 'short').formatRange(new Date(event.startsAt), new Date(event.endsAt));

/**
 * The event's start and end in `viewerTimeZone` (the browser's when unset) and, when that
 * zone's wall clock differs from the event's own zone's (the offsets differ, not merely the
 * names), in the event's own zone as well.
 */
export function eventTime(event: AlumniEvent, locale: Locale, viewerTimeZone?: string): EventTime {
  const viewer = range(event, locale, viewerTimeZone);
  const own = range(event, locale, event.timeZone);
  const clock = (zone: string | undefined) =>
    formatter('en', zone, 'longOffset').format(new Date(event.startsAt));
  return clock(viewerTimeZone) === clock(event.timeZone) ? { viewer } : { viewer, own };
}
