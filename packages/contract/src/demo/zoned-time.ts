/** A zone's offset from UTC at an instant, in minutes (540 for Asia/Tokyo). */
function offsetMinutes(timeZone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** Today's date in a zone, as a UTC midnight timestamp. */
function todayIn(timeZone: string, now: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  })
    .formatToParts(now)
    .reduce<Record<string, number>>((all, part) => ({ ...all, [part.type]: Number(part.value) }), {});
  return Date.UTC(parts['year'] ?? 1970, (parts['month'] ?? 1) - 1, parts['day'] ?? 1);
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The instant of a wall-clock time (`'19:00'`) in a zone, `days` after today's date there,
 * written with the zone's offset at that instant, e.g. `2026-12-08T19:00:00+09:00`.
 */
export function zonedInstant(now: Date, days: number, time: string, timeZone: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const wall = todayIn(timeZone, now) + days * 86_400_000 + (hours * 60 + minutes) * 60_000;
  // The offset at the wall time read as UTC is off within hours of a DST change; a second look settles it.
  const offset = offsetMinutes(timeZone, wall - offsetMinutes(timeZone, wall) * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  const local = new Date(wall).toISOString().slice(0, 19);
  return `${local}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}
