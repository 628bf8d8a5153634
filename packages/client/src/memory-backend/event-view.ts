import type { AlumniEvent } from '@alumni-kit/contract';
import { omit } from './omit.ts';
import { notFound } from './problems.ts';
import { seatsLeft, waitlistOf } from './seats.ts';
import type { Store, StoredEvent } from './store.ts';

/** A published (or published, then cancelled) event; drafts are as good as unknown. */
export function publishedEvent(store: Store, eventId: string): StoredEvent | undefined {
  const event = store.events.get(eventId);
  return event?.status === 'draft' ? undefined : event;
}

/** Whether the event is over at `now`: no longer upcoming, no longer taking replies. */
export const hasEnded = (event: StoredEvent, now: Date): boolean => Date.parse(event.endsAt) < now.getTime();

/** A published event, else 404. */
export function findPublishedEvent(store: Store, eventId: string): StoredEvent {
  const event = publishedEvent(store, eventId);
  if (!event) throw notFound();
  return event;
}

/** An event as anyone may see it: seats and waitlist counted from its RSVPs, no virtual link. */
export const toPublicEvent = (store: Store, event: StoredEvent): AlumniEvent => ({
  ...omit(event, 'virtualUrl', 'waitlistEnabled'),
  status: event.status === 'cancelled' ? 'cancelled' : 'published',
  seatsLeft: seatsLeft(store, event),
  waitlist: { enabled: event.waitlistEnabled, count: waitlistOf(store, event.id).length },
});
