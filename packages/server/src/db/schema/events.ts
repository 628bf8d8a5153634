import type {
  AcceptedPolicy,
  AlumniEvent,
  EventFormat,
  EventLocation,
  EventPolicy,
  EventType,
  RsvpStatus,
} from '@alumni-kit/contract';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant, tenantId } from './columns.ts';

export type EventStatus = 'draft' | 'published' | 'cancelled';

export const events = pgTable(
  'events',
  {
    tenantId: tenantId(),
    id: text('id').notNull(),
    status: text('status').$type<EventStatus>().notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    description: text('description').notNull(),
    type: text('type').$type<EventType>().notNull(),
    format: text('format').$type<EventFormat>().notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    timeZone: text('time_zone').notNull(),
    location: jsonb('location').$type<EventLocation>(),
    /** `null` for unlimited. */
    capacity: integer('capacity'),
    waitlistEnabled: boolean('waitlist_enabled').notNull(),
    /** Shown only to attendees with a confirmed seat. */
    virtualUrl: text('virtual_url'),
    policies: jsonb('policies').$type<EventPolicy[]>().notNull(),
    callForSpeakers: jsonb('call_for_speakers').$type<NonNullable<AlumniEvent['callForSpeakers']>>(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.startsAt, table.id),
  ],
);

export const rsvps = pgTable(
  'rsvps',
  {
    tenantId: tenantId(),
    id: text('id').notNull(),
    eventId: text('event_id').notNull(),
    status: text('status').$type<RsvpStatus>().notNull(),
    attendeeName: text('attendee_name').notNull(),
    attendeeEmail: text('attendee_email').notNull(),
    /** The member token's subject when the attendee was signed in. */
    attendeeSub: text('attendee_sub'),
    /** The exact text of each policy the attendee accepted. */
    acceptedPolicies: jsonb('accepted_policies').$type<AcceptedPolicy[]>().notNull(),
    needs: jsonb('needs').$type<{ accessibility?: string; dietary?: string }>(),
    presentation: jsonb('presentation').$type<{ topic: string; abstract?: string }>(),
    /** SHA-256 of the cancel token, which is shown once. */
    cancelTokenHash: text('cancel_token_hash').notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    // One live reply per person and event.
    uniqueIndex()
      .on(table.tenantId, table.eventId, table.attendeeEmail)
      .where(sql`${table.status} <> 'cancelled'`),
    index().on(table.tenantId, table.eventId, table.status, table.createdAt),
  ],
);
