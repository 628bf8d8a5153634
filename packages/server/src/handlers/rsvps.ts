import { acceptedPolicies, issueFieldError, policyIssues, type Routes } from '@alumni-kit/contract';
import { and, eq, ne } from 'drizzle-orm';
import { sha256 } from '../auth/hash.ts';
import { rsvps } from '../db/schema/index.ts';
import { singleRow } from '../db/single-row.ts';
import { ApiProblem } from '../http/api-problem.ts';
import type { Handler } from '../http/handler.ts';
import { newId, randomToken } from '../random.ts';
import { actingPerson } from './acting-person.ts';
import { lockEvent } from './lock-event.ts';
import { findVisibleEvent, type EventWithCounts } from './views/event-view.ts';
import { toRsvp } from './views/rsvp-view.ts';

/** A seat while seats last, then a place on the waitlist; 409 `event_full` when neither is left. */
function placeFor({ event, confirmed }: EventWithCounts): 'confirmed' | 'waitlisted' {
  if (event.capacity === null || confirmed < event.capacity) return 'confirmed';
  if (event.waitlistEnabled) return 'waitlisted';
  throw new ApiProblem('event_full', { detail: 'Every seat is taken and there is no waitlist.' });
}

/**
 * Replies to an event as the member-token holder or the `attendee`: a seat while seats last,
 * then the waitlist, every policy acknowledged at its current version (its text is stored);
 * 409 `event_unavailable` once the event is cancelled or over. The event row is locked so that
 * concurrent replies never take more seats than there are. Someone who already replied gets
 * their RSVP back, without its cancel token and, unless their member token proves who they
 * are, without the virtual link.
 */
export const createRsvp: Handler<Routes['createRsvp']> = async ({ params, body }, context) => {
  const { db, tenant, member, now, locale, spam } = context;
  await lockEvent(db, tenant.id, params.eventId);
  const found = await findVisibleEvent(db, tenant.id, params.eventId);
  const { event } = found;
  const attendee = actingPerson(member, body.attendee, 'attendee', locale);
  if (spam) {
    const at = now.toISOString();
    const { acknowledgedPolicies } = body;
    const fake = { id: newId('rsvp'), eventId: event.id, acknowledgedPolicies, createdAt: at, updatedAt: at };
    return { ...fake, status: 'confirmed', cancelToken: randomToken() };
  }
  if (event.status === 'cancelled' || event.endsAt < now) {
    throw new ApiProblem('event_unavailable', { detail: 'This event is over or cancelled.' });
  }
  const [existing] = await db
    .select()
    .from(rsvps)
    .where(
      and(
        eq(rsvps.tenantId, tenant.id),
        eq(rsvps.eventId, event.id),
        eq(rsvps.attendeeEmail, attendee.email),
        ne(rsvps.status, 'cancelled'),
      ),
    );
  const virtualUrl = event.format === 'in-person' ? undefined : event.virtualUrl;
  if (existing) {
    const proven = member?.email === existing.attendeeEmail;
    return toRsvp(db, existing, { virtualUrl: proven ? virtualUrl : undefined });
  }

  const policyErrors = policyIssues(event.policies, body.acknowledgedPolicies).map((issue) =>
    issueFieldError(issue, locale),
  );
  if (policyErrors.length > 0) throw new ApiProblem('policy_not_acknowledged', { errors: policyErrors });
  const cancelToken = randomToken();
  const row = singleRow(
    await db
      .insert(rsvps)
      .values({
        tenantId: tenant.id,
        id: newId('rsvp'),
        eventId: event.id,
        status: placeFor(found),
        attendeeName: attendee.name,
        attendeeEmail: attendee.email,
        attendeeSub: attendee.sub,
        acceptedPolicies: acceptedPolicies(event.policies, body.acknowledgedPolicies),
        needs: body.needs,
        presentation: body.presentation,
        cancelTokenHash: sha256(cancelToken),
        createdAt: now,
        updatedAt: now,
      })
      .returning(),
  );
  return toRsvp(db, row, { cancelToken, virtualUrl });
};
