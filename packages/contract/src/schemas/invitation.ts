import * as z from 'zod/mini';
import { instant } from '../primitives.ts';
import { INVITATION_STATUSES } from '../vocabulary.ts';

/** Unguessable token carried by an invitation link (`?invite=TOKEN`). */
export const InvitationToken = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,128}$/));

export const Invitation = z.object({
  token: InvitationToken,
  status: z.enum(INVITATION_STATUSES),
  sentAt: z.optional(instant),
  openedAt: z.optional(instant),
  acceptedAt: z.optional(instant),
});
export type Invitation = z.infer<typeof Invitation>;

export const InvitationParams = z.strictObject({ token: InvitationToken });
