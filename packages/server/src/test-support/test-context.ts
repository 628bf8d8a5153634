import { demoData } from '@alumni-kit/contract/demo';
import { createApp, type AppOptions } from '../app.ts';
import { mintMemberToken } from '../auth/member-token.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { seedTenant } from '../demo/seed-tenant.ts';
import { createTenant, type TenantCredentials } from '../tenants/create-tenant.ts';
import { apiClient, type ApiClient } from './api.ts';
import { openTestDatabase } from './test-database.ts';
import { startTestServer } from './test-server.ts';

export const TEST_ORIGIN = 'https://careers.example.com';

/** Limits no functional test reaches; the rate-limit test sets its own. */
const GENEROUS_LIMITS = { windowSeconds: 60, perKey: 1_000_000, perIp: 1_000_000 };

export interface TestTenant extends TenantCredentials {
  /** The API with this tenant's publishable key. */
  api: ApiClient;
  /** A member token for this tenant, valid for an hour. */
  memberToken(person: { email: string; name?: string; sub?: string }): string;
}

export interface TestContext {
  database: DatabaseHandle;
  /** The database's URL when the suite runs on PostgreSQL. */
  databaseUrl: string | undefined;
  url: string;
  /** A new tenant with the demo events, roles and surveys (or nothing, with `seed: false`). */
  newTenant(options?: { seed?: boolean; origins?: string[] }): Promise<TestTenant>;
  /** Another server on the same database, e.g. with other limits. */
  startServer(options?: Partial<AppOptions>): Promise<string>;
  close(): Promise<void>;
}

/** One database for a test file, served over real HTTP; tenants keep the tests apart. */
export async function startTestContext(options: Partial<AppOptions> = {}): Promise<TestContext> {
  const { handle: database, url: databaseUrl } = await openTestDatabase();
  const closers: (() => Promise<void>)[] = [];
  const startServer = async (overrides: Partial<AppOptions> = {}) => {
    const app = createApp({
      database,
      log: () => undefined,
      rateLimits: GENEROUS_LIMITS,
      ...options,
      ...overrides,
    });
    const server = await startTestServer(app);
    closers.push(server.close);
    return server.url;
  };
  const url = await startServer();
  return {
    database,
    databaseUrl,
    url,
    startServer,
    newTenant: async ({ seed = true, origins = [TEST_ORIGIN] } = {}) => {
      const credentials = await createTenant(database.db, { name: 'Test company', origins });
      if (seed) await seedTenant(database.db, credentials.tenantId, demoData(new Date()));
      return {
        ...credentials,
        api: apiClient(url, credentials.publishableKey),
        memberToken: ({ email, name = 'Test Member', sub = email }) =>
          mintMemberToken(
            { sub, email, name, exp: Math.floor(Date.now() / 1000) + 3600 },
            credentials.identitySecret,
          ),
      };
    },
    close: async () => {
      for (const close of closers) await close();
      await database.close();
    },
  };
}
