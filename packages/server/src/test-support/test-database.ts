import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DatabaseHandle } from '../db/database.ts';
import { openPglite } from '../db/pglite.ts';
import { openPostgres } from '../db/postgres.ts';
import { withDatabaseName } from './postgres-cluster.ts';
import { PGLITE_IMAGE_ENV, POSTGRES_URL_ENV, TEMPLATE_DATABASE, TEST_DB } from './test-mode.ts';

/** A new, migrated PostgreSQL database on the suite's cluster; its URL. */
export async function createPostgresDatabase(): Promise<string> {
  const url = process.env[POSTGRES_URL_ENV];
  if (!url)
    throw new Error('ALUMNI_TEST_DB=postgres needs the global setup (src/test-support/global-setup.ts)');
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  return withDatabaseName(url, name);
}

/**
 * A migrated database of its own for one test file (with its URL on PostgreSQL): a copy of the suite's template on
 * PostgreSQL, or an in-memory PGlite started from the suite's image (a fresh one, migrated,
 * when a test file runs on its own).
 */
export async function openTestDatabase(): Promise<{ handle: DatabaseHandle; url?: string }> {
  if (TEST_DB === 'postgres') {
    const url = await createPostgresDatabase();
    return { handle: await openPostgres({ url }), url };
  }
  const image = process.env[PGLITE_IMAGE_ENV];
  if (image) return { handle: await openPglite({ loadDataDir: new Blob([readFileSync(image)]) }) };
  const handle = await openPglite();
  await handle.migrate();
  return { handle };
}
