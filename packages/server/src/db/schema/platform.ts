import { integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { instant, tenantId } from './columns.ts';

/**
 * The stored answer to a write sent with an `Idempotency-Key`, per tenant. The row is written in
 * the same transaction as the write itself, so a request either left both or neither.
 */
export const idempotencyRecords = pgTable(
  'idempotency_records',
  {
    tenantId: tenantId(),
    key: text('key').notNull(),
    /** SHA-256 of the operation, its parameters, the body and the member it acted for. */
    fingerprint: text('fingerprint').notNull(),
    status: integer('status').notNull(),
    contentType: text('content_type').notNull(),
    body: text('body').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.key] })],
);

/** Requests counted per bucket (`key:…`, `ip:…`) and fixed window, shared by every instance. */
export const rateLimitWindows = pgTable(
  'rate_limit_windows',
  {
    bucket: text('bucket').notNull(),
    windowStart: instant('window_start').notNull(),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.bucket, table.windowStart] })],
);

/** Facts about this installation, e.g. which tenant is the demo. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
});
