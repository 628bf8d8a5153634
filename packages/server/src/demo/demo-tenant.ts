import { demoData } from '@alumni-kit/contract/demo';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { settings, tenants } from '../db/schema/index.ts';
import { createTenant, type TenantCredentials } from '../tenants/create-tenant.ts';
import { seedTenant } from './seed-tenant.ts';

const DEMO_SETTING = 'demo_tenant_id';

/** The demo tenant's keys; the secret key only right after it was created (it is not stored). */
export type DemoTenant = Omit<TenantCredentials, 'secretKey'> & { secretKey?: string; created: boolean };

/**
 * The demo tenant's publishable key, the same on every machine so that the example pages can
 * name it. Publishable keys are public by design (they sit in every embedding page); the secret
 * key and identity secret stay random.
 */
export const DEMO_PUBLISHABLE_KEY = 'pk_demo_alumni_kit';

/** Origins of the kit's development servers (Storybook, Vite) besides this server's own pages. */
export const DEMO_ORIGINS = ['http://localhost:6006', 'http://localhost:5173'];

/** The demo tenant, created with the demo data the first time. */
export async function ensureDemoTenant(db: Database, now = new Date()): Promise<DemoTenant> {
  const [setting] = await db.select().from(settings).where(eq(settings.key, DEMO_SETTING));
  const [existing] = setting
    ? await db
        .select()
        .from(tenants)
        .where(eq(tenants.id, String(setting.value)))
    : [];
  if (existing) {
    const { id: tenantId, publishableKey, identitySecret } = existing;
    return { tenantId, publishableKey, identitySecret, created: false };
  }
  const credentials = await createTenant(db, {
    name: 'Demo company',
    origins: DEMO_ORIGINS,
    publishableKey: DEMO_PUBLISHABLE_KEY,
    now,
  });
  await seedTenant(db, credentials.tenantId, demoData(now));
  await db
    .insert(settings)
    .values({ key: DEMO_SETTING, value: credentials.tenantId })
    .onConflictDoUpdate({ target: settings.key, set: { value: credentials.tenantId } });
  return { ...credentials, created: true };
}
