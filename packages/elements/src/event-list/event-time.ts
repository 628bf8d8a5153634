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

const range = (event: AlumniEvent, locale: Locale, timeZone: string | undefined) =>
  new Intl.DateTimeFormat(locale, { ...FORMAT, timeZone }).formatRange(
    new Date(event.startsAt),
    new Date(event.endsAt),
  );

/**
 * The event's start and end in `viewerTimeZone` (the browser's when unset) and, when that
 * zone's wall clock differs from the event's own zone's (the offsets differ, not merely the
 * names), in the event's own zone as well.
 */
export function eventTime(event: AlumniEvent, locale: Locale, viewerTimeZone?: string): EventTime {
  const viewer = range(event, locale, viewerTimeZone);
  const own = range(event, locale, event.timeZone);
  const clock = (zone: string | undefined) =>
    new Intl.DateTimeFormat('en', { ...FORMAT, timeZoneName: 'longOffset', timeZone: zone }).format(
      new Date(event.startsAt),
    );
  return clock(viewerTimeZone) === clock(event.timeZone) ? { viewer } : { viewer, own };
}
