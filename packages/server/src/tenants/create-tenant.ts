import { sha256 } from '../auth/hash.ts';
import type { Database } from '../db/database.ts';
import { tenantOrigins, tenants } from '../db/schema/index.ts';
import { newId, randomToken } from '../random.ts';
import { normalizeOrigin } from './origin.ts';

/** What a tenant's owner needs; the secret key is not stored and cannot be shown again. */
export interface TenantCredentials {
  tenantId: string;
  publishableKey: string;
  secretKey: string;
  identitySecret: string;
}

export interface NewTenant {
  name: string;
  /** Origins of the pages that embed the widgets, e.g. `https://careers.example.com`. */
  origins: readonly string[];
  /** A chosen publishable key (the demo tenant's well-known one); a fresh random one otherwise. */
  publishableKey?: string;
  now?: Date;
}

/** Creates a tenant with fresh keys and its allowed origins. */
export async function createTenant(db: Database, tenant: NewTenant): Promise<TenantCredentials> {
  const origins = tenant.origins.map((origin) => {
    const normalized = normalizeOrigin(origin);
    if (!normalized) throw new TypeError(`Not an http(s) origin: ${origin}`);
    return normalized;
  });
  const credentials: TenantCredentials = {
    tenantId: newId('ten'),
    publishableKey: tenant.publishableKey ?? `pk_${randomToken()}`,
    secretKey: `sk_${randomToken(32)}`,
    identitySecret: randomToken(32),
  };
  await db.transaction(async (tx) => {
    await tx.insert(tenants).values({
      id: credentials.tenantId,
      name: tenant.name,
      publishableKey: credentials.publishableKey,
      secretKeyHash: sha256(credentials.secretKey),
      identitySecret: credentials.identitySecret,
      respondentHashKey: randomToken(32),
      createdAt: tenant.now ?? new Date(),
    });
    const unique = [...new Set(origins)];
    if (unique.length > 0) {
      await tx
        .insert(tenantOrigins)
        .values(unique.map((origin) => ({ tenantId: credentials.tenantId, origin })));
    }
  });
  return credentials;
}
