import * as z from 'zod/mini';
import { uniqueList } from '../primitives.ts';
import { Member } from './member.ts';
import { CADENCES, TOPICS } from '../vocabulary.ts';

export const Cadence = z.enum(CADENCES);
export type Cadence = z.infer<typeof Cadence>;

export const Topic = z.enum(TOPICS);
export type Topic = z.infer<typeof Topic>;

/** How often, and about what, a member agrees to hear from the network. */
export const Preferences = z.strictObject({
  cadence: Cadence,
  topics: uniqueList(Topic, TOPICS.length),
  /** While paused, no non-transactional message is sent whatever the cadence. */
  paused: z._default(z.boolean(), false),
});
export type Preferences = z.infer<typeof Preferences>;
export type PreferencesInput = z.input<typeof Preferences>;

export const Me = z.object({
  member: Member,
  preferences: Preferences,
});
export type Me = z.infer<typeof Me>;
