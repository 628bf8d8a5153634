import { createTenant } from '../tenants/create-tenant.ts';
import { withDatabase } from './open-from-env.ts';
import { print } from './print.ts';

export interface TenantCreateOptions {
  name: string | undefined;
  origins: string[];
  json: boolean;
  dataDir: string | undefined;
}

/** `tenant create`: a new tenant; its keys on stdout (JSON with --json). */
export async function tenantCreate({ name, origins, json, dataDir }: TenantCreateOptions): Promise<void> {
  if (!name) throw new Error('tenant create needs --name NAME');
  const credentials = await withDatabase(dataDir, ({ db }) => createTenant(db, { name, origins }));
  if (json) {
    print(JSON.stringify(credentials, null, 2));
    return;
  }
  print(`Tenant ${credentials.tenantId} created.`);
  print(`  Publishable key (browsers): ${credentials.publishableKey}`);
  print(`  Secret key (servers only, shown once): ${credentials.secretKey}`);
  print(`  Identity secret (signs member tokens): ${credentials.identitySecret}`);
}
