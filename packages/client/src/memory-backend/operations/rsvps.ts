import { acceptedPolicies, issueFieldError, policyIssues } from '@alumni-kit/contract';
import { findPublishedEvent, hasEnded } from '../event-view.ts';
import { actingPerson, memberClaims } from '../identity.ts';
import type { Operation } from '../operation.ts';
import { apiError } from '../problems.ts';
import { newId, randomToken } from '../random.ts';
import { toRsvp } from '../rsvp-view.ts';
import { hasFreeSeat, rsvpsOf } from '../seats.ts';
import { isSpam } from '../spam.ts';
import type { Store, StoredEvent, StoredRsvp } from '../store.ts';

/** A seat while seats last, then a place on the waitlist; 409 `event_full` when neither is left. */
function placeFor(store: Store, event: StoredEvent): 'confirmed' | 'waitlisted' {
  if (hasFreeSeat(store, event)) return 'confirmed';
  if (event.waitlistEnabled) return 'waitlisted';
  throw apiError('event_full');
}

/**
 * Replies to an event as the member-token holder or the `attendee`, every policy acknowledged
 * at its current version (else 422 naming each one; the exact text accepted is kept); 409
 * `event_unavailable` once it is cancelled or over. Someone who already replied gets their
 * RSVP back, without its cancel token (only shown once) and, unless their member token proves
 * who they are, without the virtual link.
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
  if (event.status === 'cancelled' || hasEnded(event, now())) throw apiError('event_unavailable');
  const existing = rsvpsOf(store, event.id).find(
    (rsvp) => rsvp.status !== 'cancelled' && rsvp.attendee.email === attendee.email,
  );
  if (existing) {
    const proven = memberClaims(context)?.email === existing.attendee.email;
    return toRsvp(store, existing, event, { virtualUrl: proven });
  }

  const policyErrors = policyIssues(event.policies, body.acknowledgedPolicies).map((issue) =>
    issueFieldError(issue, locale),
  );
  if (policyErrors.length > 0) throw apiError('policy_not_acknowledged', policyErrors);
  const rsvp: StoredRsvp = {
    id: newId('rsvp'),
    eventId: event.id,
    attendee,
    status: placeFor(store, event),
    acceptedPolicies: acceptedPolicies(event.policies, body.acknowledgedPolicies),
    ...(body.needs && { needs: body.needs }),
    ...(body.presentation && { presentation: body.presentation }),
    cancelToken: randomToken(),
    createdAt: at,
    updatedAt: at,
  };
  store.rsvps.set(rsvp.id, rsvp);
  return toRsvp(store, rsvp, event, { cancelToken: true, virtualUrl: true });
};
