import { actingPerson } from '../identity.ts';
import { findPublishedEvent, hasEnded } from '../event-view.ts';
import type { Operation } from '../operation.ts';
import { acceptPolicies } from '../policies.ts';
import { apiError } from '../problems.ts';
import { newId, randomToken } from '../random.ts';
import { toRsvp } from '../rsvp-view.ts';
import { hasFreeSeat, rsvpsOf } from '../seats.ts';
import { isSpam } from '../spam.ts';
import type { Store, StoredEvent, StoredRsvp } from '../store.ts';

/** A seat while seats last, then a place on the waitlist; 409 when neither is left. */
function placeFor(store: Store, event: StoredEvent): 'confirmed' | 'waitlisted' {
  if (hasFreeSeat(store, event)) return 'confirmed';
  if (event.waitlistEnabled) return 'waitlisted';
  throw apiError(409, 'event_unavailable');
}

/**
 * Replies to an event as the member-token holder or the `attendee`. Someone who already
 * replied gets their RSVP back (without its cancel token, which is only shown once).
 */
export const createRsvp: Operation<'createRsvp'> = ({ params, body }, context) => {
  const { store, now, locale } = context;
  const event = findPublishedEvent(store, params.eventId);
  const attendee = actingPerson(context, body.attendee, 'attendee');
  const at = now().toISOString();
  if (isSpam(body)) {
    const { acknowledgedPolicies } = body;
    const fake = { id: newId('rsvp'), eventId: event.id, acknowledgedPolicies, createdAt: at, updatedAt: at };
    return { ...fake, status: 'confirmed', cancelToken: randomToken() };
  }
  if (event.status === 'cancelled' || hasEnded(event, now())) {
    throw apiError(409, 'event_unavailable');
  }
  const existing = rsvpsOf(store, event.id).find(
    (rsvp) => rsvp.status !== 'cancelled' && rsvp.attendee.email === attendee.email,
  );
  if (existing) return toRsvp(store, existing, event);

  const status = placeFor(store, event);
  const rsvp: StoredRsvp = {
    id: newId('rsvp'),
    eventId: event.id,
    attendee,
    status,
    acceptedPolicies: acceptPolicies(event, body.acknowledgedPolicies, locale),
    ...(body.needs && { needs: body.needs }),
    ...(body.presentation && { presentation: body.presentation }),
    cancelToken: randomToken(),
    createdAt: at,
    updatedAt: at,
  };
  store.rsvps.set(rsvp.id, rsvp);
  return toRsvp(store, rsvp, event, { withCancelToken: true });
};
