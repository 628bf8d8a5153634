import { text, timestamp } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

/** The owning tenant; its rows go when it goes. */
export const tenantId = () =>
  text('tenant_id')
    .notNull()
    .references(() => tenants.id, { onDelete: 'cascade' });

/** A point in time, read back as a `Date`. */
export const instant = (name: string) => timestamp(name, { withTimezone: true });
