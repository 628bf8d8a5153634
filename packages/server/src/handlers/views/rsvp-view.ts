import type { Rsvp } from '@alumni-kit/contract';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { rsvps } from '../../db/schema/index.ts';

type RsvpRow = typeof rsvps.$inferSelect;

export interface RsvpExtras {
  /** Only in the answer that created the RSVP. */
  cancelToken?: string;
  /** Only for a confirmed seat, shown to the attendee. */
  virtualUrl?: string | null;
}

/** 1-based place on the event's waitlist, first come first served. */
async function waitlistPosition(db: Database, row: RsvpRow): Promise<number> {
  const [{ position } = { position: 0 }] = await db
    .select({ position: sql<number>`count(*)::int` })
    .from(rsvps)
    .where(
      and(
        eq(rsvps.tenantId, row.tenantId),
        eq(rsvps.eventId, row.eventId),
        eq(rsvps.status, 'waitlisted'),
        sql`(${rsvps.createdAt}, ${rsvps.id}) <= (${row.createdAt.toISOString()}::timestamptz, ${row.id})`,
      ),
    );
  return position;
}

/** An RSVP as its attendee sees it. */
export async function toRsvp(db: Database, row: RsvpRow, extras: RsvpExtras = {}): Promise<Rsvp> {
  const { cancelToken, virtualUrl } = extras;
  return {
    id: row.id,
    eventId: row.eventId,
    status: row.status,
    ...(row.status === 'waitlisted' && { waitlistPosition: await waitlistPosition(db, row) }),
    acknowledgedPolicies: row.acceptedPolicies.map(({ policyId, version }) => ({ policyId, version })),
    ...(row.status === 'confirmed' && virtualUrl && { virtualUrl }),
    ...(cancelToken !== undefined && { cancelToken }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
