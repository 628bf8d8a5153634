import { fieldError } from '@alumni-kit/contract';
import { memberClaims } from '../identity.ts';
import type { Operation } from '../operation.ts';
import { apiError, invalidFields, notFound } from '../problems.ts';
import { toRsvp } from '../rsvp-view.ts';
import { hasFreeSeat, waitlistOf } from '../seats.ts';
import type { Store, StoredEvent } from '../store.ts';

/** Gives a freed seat to the first person on the waitlist. */
function promoteFromWaitlist(store: Store, event: StoredEvent, at: string): void {
  const next = waitlistOf(store, event.id)[0];
  if (next && hasFreeSeat(store, event)) {
    next.status = 'confirmed';
    next.updatedAt = at;
  }
}

/**
 * Cancels an RSVP for whoever holds its cancel token or the attendee's member token
 * (anyone else: 403); cancelling again changes nothing.
 */
export const cancelRsvp: Operation<'cancelRsvp'> = ({ params, body }, context) => {
  const { store, now, locale } = context;
  const claims = memberClaims(context);
  if (body.cancelToken === undefined && !claims) {
    throw invalidFields([fieldError(['cancelToken'], 'required', locale)]);
  }
  const rsvp = store.rsvps.get(params.rsvpId);
  const event = rsvp && store.events.get(rsvp.eventId);
  if (!rsvp || !event) throw notFound();
  const allowed = body.cancelToken === rsvp.cancelToken || claims?.email === rsvp.attendee.email;
  if (!allowed) throw apiError('forbidden');

  if (rsvp.status !== 'cancelled') {
    const freesSeat = rsvp.status === 'confirmed';
    const at = now().toISOString();
    rsvp.status = 'cancelled';
    rsvp.updatedAt = at;
    if (freesSeat) promoteFromWaitlist(store, event, at);
  }
  return toRsvp(store, rsvp, event);
};
