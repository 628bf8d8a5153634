import type { Rsvp } from '@alumni-kit/contract';
import { waitlistOf } from './seats.ts';
import type { Store, StoredEvent, StoredRsvp } from './store.ts';

/** What an answer may show beyond the RSVP itself. */
export interface RsvpSecrets {
  /** Only in the answer that created the RSVP. */
  cancelToken?: boolean;
  /** Only to the attendee who proved who they are: by creating it, or with their member token. */
  virtualUrl?: boolean;
}

/** An RSVP as its attendee sees it; the virtual link only once the seat is confirmed. */
export function toRsvp(store: Store, rsvp: StoredRsvp, event: StoredEvent, secrets: RsvpSecrets = {}): Rsvp {
  const position = rsvp.status === 'waitlisted' ? waitlistOf(store, event.id).indexOf(rsvp) + 1 : 0;
  const showLink = secrets.virtualUrl && rsvp.status === 'confirmed' && event.format !== 'in-person';
  const virtualUrl = showLink ? event.virtualUrl : undefined;
  return {
    id: rsvp.id,
    eventId: rsvp.eventId,
    status: rsvp.status,
    ...(position > 0 && { waitlistPosition: position }),
    acknowledgedPolicies: rsvp.acceptedPolicies.map(({ policyId, version }) => ({ policyId, version })),
    ...(virtualUrl !== undefined && { virtualUrl }),
    ...(secrets.cancelToken && { cancelToken: rsvp.cancelToken }),
    createdAt: rsvp.createdAt,
    updatedAt: rsvp.updatedAt,
  };
}
