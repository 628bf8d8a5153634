import * as z from 'zod/mini';
import { antiSpam, email, httpUrl, id, instant, line, paragraph, personName } from '../primitives.ts';
import { RSVP_STATUSES } from '../vocabulary.ts';

export const RsvpStatus = z.enum(RSVP_STATUSES);
export type RsvpStatus = z.infer<typeof RsvpStatus>;

/** Who is writing, when the page has no member token. */
export const Contact = z.strictObject({ name: personName, email });
export type Contact = z.infer<typeof Contact>;

export const PolicyAcknowledgement = z.strictObject({ policyId: id, version: line(64) });
export type PolicyAcknowledgement = z.infer<typeof PolicyAcknowledgement>;

export const RsvpRequest = z.strictObject({
  /** Required unless the request carries a member token. */
  attendee: z.optional(Contact),
  needs: z.optional(
    z.strictObject({
      accessibility: z.optional(paragraph(500)),
      dietary: z.optional(paragraph(500)),
    }),
  ),
  acknowledgedPolicies: z._default(z.array(PolicyAcknowledgement).check(z.maxLength(20)), []),
  /** Apply to present at a learning event with an open call for speakers. */
  presentation: z.optional(z.strictObject({ topic: line(200), abstract: z.optional(paragraph(2_000)) })),
  antiSpam,
});
export type RsvpRequest = z.input<typeof RsvpRequest>;

export const Rsvp = z.object({
  id,
  eventId: id,
  status: RsvpStatus,
  /** 1-based place on the waitlist while waitlisted. */
  waitlistPosition: z.optional(z.int().check(z.minimum(1))),
  acknowledgedPolicies: z.array(PolicyAcknowledgement),
  /** Only present when the RSVP is confirmed for a virtual or hybrid event. */
  virtualUrl: z.optional(httpUrl),
  /** Returned once, on creation: lets the attendee cancel without a member token. */
  cancelToken: z.optional(z.string()),
  createdAt: instant,
  updatedAt: instant,
});
export type Rsvp = z.infer<typeof Rsvp>;

export const RsvpParams = z.strictObject({ rsvpId: id });

export const RsvpCancelRequest = z.strictObject({
  /** Required unless the request carries the attendee's member token. */
  cancelToken: z.optional(line(128)),
});
export type RsvpCancelRequest = z.input<typeof RsvpCancelRequest>;
