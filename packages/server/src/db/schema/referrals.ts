import type { KNOWN_FOR, RELATIONSHIPS, Referral } from '@alumni-kit/contract';
import { boolean, jsonb, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { instant, tenantId } from './columns.ts';

export const openRoles = pgTable(
  'open_roles',
  {
    tenantId: tenantId(),
    id: text('id').notNull(),
    title: text('title').notNull(),
    department: text('department'),
    location: text('location'),
    remote: boolean('remote').notNull(),
    url: text('url'),
    postedAt: instant('posted_at').notNull(),
    open: boolean('open').notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] })],
);

export const referrals = pgTable(
  'referrals',
  {
    tenantId: tenantId(),
    id: text('id').notNull(),
    /** `null` for a general referral. */
    roleId: text('role_id'),
    referrerName: text('referrer_name').notNull(),
    referrerEmail: text('referrer_email').notNull(),
    referrerSub: text('referrer_sub'),
    candidateName: text('candidate_name').notNull(),
    candidateEmail: text('candidate_email').notNull(),
    candidateProfileUrl: text('candidate_profile_url'),
    relationship: text('relationship').$type<(typeof RELATIONSHIPS)[number]>().notNull(),
    knownFor: text('known_for').$type<(typeof KNOWN_FOR)[number]>().notNull(),
    note: text('note'),
    status: text('status').$type<Referral['status']>().notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    // The same candidate for the same role (or twice in general) is a duplicate.
    unique().on(table.tenantId, table.roleId, table.candidateEmail).nullsNotDistinct(),
  ],
);

/** Messages waiting to be e-mailed (e.g. the notice a referred candidate receives). */
export const outbox = pgTable(
  'outbox',
  {
    tenantId: tenantId(),
    id: text('id').notNull(),
    kind: text('kind').notNull(),
    recipient: text('recipient').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: instant('created_at').notNull(),
    sentAt: instant('sent_at'),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] })],
);
