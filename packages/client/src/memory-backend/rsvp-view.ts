import type { Rsvp } from '@alumni-kit/contract';
import { waitlistOf } from './seats.ts';
import type { Store, StoredEvent, StoredRsvp } from './store.ts';

/**
 * An RSVP as its attendee sees it. The virtual link only appears once the seat is confirmed;
 * the cancel token only in the answer that created the RSVP.
 */
export function toRsvp(
  store: Store,
  rsvp: StoredRsvp,
  event: StoredEvent,
  { withCancelToken = false } = {},
): Rsvp {
  const position = rsvp.status === 'waitlisted' ? waitlistOf(store, event.id).indexOf(rsvp) + 1 : 0;
  const virtualUrl =
    rsvp.status === 'confirmed' && event.format !== 'in-person' ? event.virtualUrl : undefined;
  return {
    id: rsvp.id,
    eventId: rsvp.eventId,
    status: rsvp.status,
    ...(position > 0 && { waitlistPosition: position }),
    acknowledgedPolicies: rsvp.acceptedPolicies.map(({ policyId, version }) => ({ policyId, version })),
    ...(virtualUrl !== undefined && { virtualUrl }),
    ...(withCancelToken && { cancelToken: rsvp.cancelToken }),
    createdAt: rsvp.createdAt,
    updatedAt: rsvp.updatedAt,
  };
}
