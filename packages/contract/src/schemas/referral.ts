import * as z from 'zod/mini';
import { antiSpam, email, httpUrl, id, instant, line, paragraph, personName } from '../primitives.ts';
import { Contact } from './rsvp.ts';
import { KNOWN_FOR, RELATIONSHIPS } from '../vocabulary.ts';

export const OpenRole = z.object({
  id,
  title: line(200),
  department: z.optional(line(200)),
  location: z.optional(line(200)),
  remote: z.boolean(),
  url: z.optional(httpUrl),
  postedAt: instant,
});
export type OpenRole = z.infer<typeof OpenRole>;

export const RoleList = z.object({ items: z.array(OpenRole) });
export type RoleList = z.infer<typeof RoleList>;

export const ReferralRequest = z.strictObject({
  /** Required unless the request carries a member token. */
  referrer: z.optional(Contact),
  /** An open role's id, or `null` for a general referral. */
  roleId: z.nullable(id),
  candidate: z.strictObject({
    name: personName,
    email,
    profileUrl: z.optional(httpUrl),
  }),
  relationship: z.enum(RELATIONSHIPS),
  knownFor: z.enum(KNOWN_FOR),
  note: z.optional(paragraph(2_000)),
  /** Must be `true`: the referrer confirms the candidate agreed to be referred. */
  candidateConsent: z.literal(true),
  antiSpam,
});
export type ReferralRequest = z.input<typeof ReferralRequest>;

export const Referral = z.object({
  id,
  roleId: z.nullable(id),
  status: z.enum(['received', 'contacted', 'hired', 'declined']),
  /** The candidate is told who referred them and how their data is used. */
  candidateNotified: z.boolean(),
  createdAt: instant,
});
export type Referral = z.infer<typeof Referral>;
