import * as z from 'zod/mini';
import { id, instant, line, paragraph, timeZone } from '../primitives.ts';
import { EVENT_FORMATS, EVENT_TYPES, POLICY_KINDS } from '../vocabulary.ts';

export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export const EventFormat = z.enum(EVENT_FORMATS);
export type EventFormat = z.infer<typeof EventFormat>;

/** A rule attendees must acknowledge before an RSVP is accepted; its exact text and version are stored. */
export const EventPolicy = z.object({
  id,
  kind: z.enum(POLICY_KINDS),
  title: line(200),
  text: paragraph(10_000),
  version: line(64),
});
export type EventPolicy = z.infer<typeof EventPolicy>;

export const EventLocation = z.object({
  name: line(200),
  address: z.optional(line(500)),
  city: z.optional(line(200)),
  country: z.optional(line(100)),
});
export type EventLocation = z.infer<typeof EventLocation>;

export const CallForSpeakers = z.object({
  open: z.boolean(),
  closesAt: z.optional(instant),
  prompt: z.optional(paragraph(2_000)),
});

/** A published event as anyone may see it. The virtual link is never part of it. */
export const AlumniEvent = z.object({
  id,
  title: line(200),
  summary: z.optional(paragraph(500)),
  description: paragraph(10_000),
  type: EventType,
  format: EventFormat,
  status: z.enum(['published', 'cancelled']),
  startsAt: instant,
  endsAt: instant,
  /** The event's own IANA zone; viewers see times in theirs and this one when it differs. */
  timeZone,
  location: z.optional(EventLocation),
  /** `null` for unlimited. */
  capacity: z.nullable(z.int().check(z.minimum(0))),
  /** `null` for unlimited. */
  seatsLeft: z.nullable(z.int().check(z.minimum(0))),
  waitlist: z.object({ enabled: z.boolean(), count: z.int().check(z.minimum(0)) }),
  policies: z.array(EventPolicy),
  callForSpeakers: z.optional(CallForSpeakers),
  updatedAt: instant,
});
export type AlumniEvent = z.infer<typeof AlumniEvent>;

export const EventListQuery = z.strictObject({
  type: z.optional(EventType),
  format: z.optional(EventFormat),
  when: z._default(z.enum(['upcoming', 'past']), 'upcoming'),
  cursor: z.optional(z.string().check(z.maxLength(512))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
});
export type EventListQuery = z.input<typeof EventListQuery>;

export const EventPage = z.object({
  items: z.array(AlumniEvent),
  /** Pass back as `cursor` for the next page; `null` on the last page. */
  nextCursor: z.nullable(z.string()),
});
export type EventPage = z.infer<typeof EventPage>;

export const EventParams = z.strictObject({ eventId: id });
