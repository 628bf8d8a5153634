import { eq, sql } from 'drizzle-orm';
import { sha256 } from '../auth/hash.ts';
import type { Database } from '../db/database.ts';
import { tenantOrigins, tenants } from '../db/schema/index.ts';

/** A tenant as a request sees it, with the kind of key that named it. */
export interface Tenant {
  id: string;
  identitySecret: string;
  respondentHashKey: string;
  origins: string[];
  keyKind: 'publishable' | 'secret';
}

/** The tenant a `pk_…` or `sk_…` key belongs to. */
export async function findTenantByKey(db: Database, key: string): Promise<Tenant | undefined> {
  const keyKind = key.startsWith('pk_') ? 'publishable' : key.startsWith('sk_') ? 'secret' : undefined;
  if (!keyKind) return undefined;
  const [row] = await db
    .select({
      id: tenants.id,
      identitySecret: tenants.identitySecret,
      respondentHashKey: tenants.respondentHashKey,
      origins: sql<string[]>`coalesce((select json_agg(${tenantOrigins.origin}) from ${tenantOrigins}
        where ${tenantOrigins.tenantId} = ${tenants.id}), '[]'::json)`,
    })
    .from(tenants)
    .where(
      keyKind === 'publishable' ? eq(tenants.publishableKey, key) : eq(tenants.secretKeyHash, sha256(key)),
    );
  return row && { ...row, keyKind };
}

/** Whether any tenant lets pages of this origin call the API (answers CORS preflights). */
export async function isRegisteredOrigin(db: Database, origin: string): Promise<boolean> {
  const rows = await db
    .select({ origin: tenantOrigins.origin })
    .from(tenantOrigins)
    .where(eq(tenantOrigins.origin, origin))
    .limit(1);
  return rows.length > 0;
}
