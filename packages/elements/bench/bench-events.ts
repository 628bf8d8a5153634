import { createMemoryBackend } from '@alumni-kit/client/memory-backend';
import type { AlumniEvent } from '@alumni-kit/contract';

const DAY_MS = 86_400_000;

const later = (instant: string, days: number) => new Date(Date.parse(instant) + days * DAY_MS).toISOString();

/**
 * `count` published events as the API returns them: the demo events (every type, format,
 * time zone and seat state, English and Japanese) repeated with their own ids, a day later
 * on each round.
 */
export async function benchEvents(count: number): Promise<AlumniEvent[]> {
  const backend = createMemoryBackend();
  const pages = await Promise.all(
    (['upcoming', 'past'] as const).map((when) =>
      backend.listEvents({ query: { when, limit: 100 } }, { locale: 'en' }),
    ),
  );
  const demo = pages.flatMap((page) => page.items);
  return Array.from({ length: count }, (_, index) => {
    const event = demo[index % demo.length] as AlumniEvent;
    const round = Math.floor(index / demo.length);
    return {
      ...event,
      id: `${event.id}_${index}`,
      startsAt: later(event.startsAt, round),
      endsAt: later(event.endsAt, round),
    };
  });
}
