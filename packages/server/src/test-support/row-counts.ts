import { eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db/database.ts';

/** How many rows of a tenant each table holds. */
export async function rowCounts(
  db: Database,
  tenantId: string,
  tables: readonly (PgTable & { tenantId: PgColumn })[],
): Promise<number[]> {
  return Promise.all(
    tables.map(async (table) => {
      const [row] = await db
        .select({ count: sql<number>`count(*)::int` })
        .from(table)
        .where(eq(table.tenantId, tenantId));
      return row?.count ?? 0;
    }),
  );
}
