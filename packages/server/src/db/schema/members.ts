import type { Cadence, Interest, Invitation, SignupMode, Source, Topic } from '@alumni-kit/contract';
import { boolean, foreignKey, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { instant, tenantId } from './columns.ts';

export const members = pgTable(
  'members',
  {
    tenantId: tenantId(),
    id: text('id').notNull(),
    mode: text('mode').$type<SignupMode>().notNull(),
    name: text('name').notNull(),
    /** The personal address the network writes to. */
    email: text('email').notNull(),
    workEmail: text('work_email'),
    employeeId: text('employee_id'),
    department: text('department'),
    jobTitle: text('job_title'),
    profileUrl: text('profile_url'),
    interests: jsonb('interests').$type<Interest[]>().notNull(),
    joinedOn: text('joined_on'),
    leftOn: text('left_on'),
    startDate: text('start_date'),
    consentVersion: text('consent_version').notNull(),
    consentAcceptedAt: instant('consent_accepted_at').notNull(),
    source: jsonb('source').$type<Source>(),
    hiddenFields: jsonb('hidden_fields').$type<Record<string, string>>(),
    cadence: text('cadence').$type<Cadence>().notNull(),
    topics: jsonb('topics').$type<Topic[]>().notNull(),
    paused: boolean('paused').notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] })],
);

/**
 * Every address of every member, one row each: the primary key makes a second signup with
 * any known address (personal or work) fail atomically, even under concurrent requests.
 */
export const memberEmails = pgTable(
  'member_emails',
  {
    tenantId: tenantId(),
    email: text('email').notNull(),
    memberId: text('member_id').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.email] }),
    foreignKey({
      columns: [table.tenantId, table.memberId],
      foreignColumns: [members.tenantId, members.id],
    }).onDelete('cascade'),
  ],
);

/**
 * Invitations e-mailed to future members. Their tokens are unguessable, so the open pixel, which
 * an e-mail client loads without a key, finds an invitation by its token alone.
 */
export const invitations = pgTable(
  'invitations',
  {
    tenantId: tenantId(),
    token: text('token').notNull(),
    email: text('email').notNull(),
    status: text('status').$type<Invitation['status']>().notNull(),
    sentAt: instant('sent_at').notNull(),
    openedAt: instant('opened_at'),
    acceptedAt: instant('accepted_at'),
    memberId: text('member_id'),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.token] }), index().on(table.token)],
);
