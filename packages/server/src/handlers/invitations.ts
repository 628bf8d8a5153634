import type { Routes } from '@alumni-kit/contract';
import { and, eq } from 'drizzle-orm';
import { invitations } from '../db/schema/index.ts';
import type { Handler, KeyOptionalContext } from '../http/handler.ts';

/** The classic 43-byte 1×1 transparent GIF89a of tracking pixels. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/**
 * The open-tracking pixel: records the first open of a sent invitation. The token names the
 * invitation (a key, when sent, must be its tenant's). Every token gets the same GIF, known or
 * not, so the answer never tells whether a token is valid.
 */
export const trackInvitationOpen: Handler<Routes['trackInvitationOpen'], KeyOptionalContext> = async (
  { params },
  { db, tenant, now },
) => {
  await db
    .update(invitations)
    .set({ status: 'opened', openedAt: now })
    .where(
      and(
        eq(invitations.token, params.token),
        eq(invitations.status, 'sent'),
        tenant ? eq(invitations.tenantId, tenant.id) : undefined,
      ),
    );
  return new Uint8Array(PIXEL);
};
