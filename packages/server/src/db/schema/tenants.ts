import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** A company running an alumni network, with its keys. */
export const tenants = pgTable('tenants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** `pk_…`: public by design, so stored as is. */
  publishableKey: text('publishable_key').notNull().unique(),
  /** SHA-256 of the `sk_…` key: the key itself is shown once, at creation. */
  secretKeyHash: text('secret_key_hash').notNull().unique(),
  /** Signs member tokens (HS256); the host site holds it too. */
  identitySecret: text('identity_secret').notNull(),
  /** Keys one-way hashes of respondents (one answer per member); never leaves the database. */
  respondentHashKey: text('respondent_hash_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Origins whose pages may call the API with the tenant's publishable key. */
export const tenantOrigins = pgTable(
  'tenant_origins',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    origin: text('origin').notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.origin] }), index().on(table.origin)],
);
