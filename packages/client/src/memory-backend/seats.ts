import type { Store, StoredEvent, StoredRsvp } from './store.ts';

/** The RSVPs of an event in order of arrival. */
export const rsvpsOf = (store: Store, eventId: string): StoredRsvp[] =>
  [...store.rsvps.values()].filter((rsvp) => rsvp.eventId === eventId);

/** The waitlist of an event, first in line first. */
export const waitlistOf = (store: Store, eventId: string): StoredRsvp[] =>
  rsvpsOf(store, eventId).filter((rsvp) => rsvp.status === 'waitlisted');

/** Seats not taken by a confirmed RSVP; `null` when the event has no limit. */
export function seatsLeft(store: Store, event: StoredEvent): number | null {
  if (event.capacity === null) return null;
  const confirmed = rsvpsOf(store, event.id).filter((rsvp) => rsvp.status === 'confirmed').length;
  return Math.max(0, event.capacity - confirmed);
}

export const hasFreeSeat = (store: Store, event: StoredEvent): boolean => seatsLeft(store, event) !== 0;
