import { fieldError, type Routes } from '@alumni-kit/contract';
import { and, asc, eq } from 'drizzle-orm';
import { sha256 } from '../auth/hash.ts';
import type { Database } from '../db/database.ts';
import { rsvps } from '../db/schema/index.ts';
import { singleRow } from '../db/single-row.ts';
import { ApiProblem, invalidFields } from '../http/api-problem.ts';
import type { Handler } from '../http/handler.ts';
import { lockEvent } from './lock-event.ts';
import { findVisibleEvent } from './views/event-view.ts';
import { toRsvp } from './views/rsvp-view.ts';

const byId = (tenantId: string, rsvpId: string) => and(eq(rsvps.tenantId, tenantId), eq(rsvps.id, rsvpId));

/** Gives a freed seat to the first person on the waitlist. */
async function promoteFromWaitlist(db: Database, tenantId: string, eventId: string, now: Date) {
  const { event, confirmed } = await findVisibleEvent(db, tenantId, eventId);
  if (event.capacity !== null && confirmed >= event.capacity) return;
  const [next] = await db
    .select({ id: rsvps.id })
    .from(rsvps)
    .where(and(eq(rsvps.tenantId, tenantId), eq(rsvps.eventId, eventId), eq(rsvps.status, 'waitlisted')))
    .orderBy(asc(rsvps.createdAt), asc(rsvps.id))
    .limit(1);
  if (next)
    await db.update(rsvps).set({ status: 'confirmed', updatedAt: now }).where(byId(tenantId, next.id));
}

/**
 * Cancels an RSVP for whoever holds its cancel token or the attendee's member token (anyone
 * else: 403); a confirmed seat goes to the waitlist's first. Cancelling again changes nothing.
 */
export const cancelRsvp: Handler<Routes['cancelRsvp']> = async ({ params, body }, context) => {
  const { db, tenant, member, now, locale } = context;
  if (body.cancelToken === undefined && !member) {
    throw invalidFields([fieldError(['cancelToken'], 'required', locale)]);
  }
  const [found] = await db.select().from(rsvps).where(byId(tenant.id, params.rsvpId));
  if (!found) throw new ApiProblem('not_found');
  const allowed =
    (body.cancelToken !== undefined && sha256(body.cancelToken) === found.cancelTokenHash) ||
    member?.email === found.attendeeEmail;
  if (!allowed)
    throw new ApiProblem('forbidden', { detail: 'Send the cancel token or the attendee’s member token.' });

  await lockEvent(db, tenant.id, found.eventId);
  const current = singleRow(await db.select().from(rsvps).where(byId(tenant.id, found.id)));
  if (current.status === 'cancelled') return toRsvp(db, current);
  const cancelled = singleRow(
    await db
      .update(rsvps)
      .set({ status: 'cancelled', updatedAt: now })
      .where(byId(tenant.id, found.id))
      .returning(),
  );
  if (current.status === 'confirmed') await promoteFromWaitlist(db, tenant.id, found.eventId, now);
  return toRsvp(db, cancelled);
};
