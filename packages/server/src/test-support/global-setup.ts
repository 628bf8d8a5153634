import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgliteHandle } from '../db/pglite.ts';
import { openPostgres } from '../db/postgres.ts';
import { startPostgresCluster, withDatabaseName, type PostgresCluster } from './postgres-cluster.ts';
import { PGLITE_IMAGE_ENV, POSTGRES_URL_ENV, TEMPLATE_DATABASE, TEST_DB } from './test-mode.ts';

let cluster: PostgresCluster | undefined;
let imageDir: string | undefined;

/**
 * Before the suite: migrates one database that every test file copies, so that none pays for a
 * cold start and migrations (a PGlite image in a file, or a PostgreSQL template database on a
 * throwaway cluster).
 */
export async function globalSetup(): Promise<void> {
  if (TEST_DB === 'postgres') {
    cluster = await startPostgresCluster();
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(`create database ${TEMPLATE_DATABASE}`);
    await admin.end();
    const template = await openPostgres({ url: withDatabaseName(cluster.url, TEMPLATE_DATABASE) });
    await template.migrate();
    await template.close();
    process.env[POSTGRES_URL_ENV] = cluster.url;
    return;
  }
  const client = await PGlite.create();
  const handle = pgliteHandle(client);
  await handle.migrate();
  const image = await client.dumpDataDir('none');
  await handle.close();
  imageDir = mkdtempSync(join(tmpdir(), 'alumni-kit-pglite-'));
  const path = join(imageDir, 'image.tar');
  writeFileSync(path, Buffer.from(await image.arrayBuffer()));
  process.env[PGLITE_IMAGE_ENV] = path;
}

export function globalTeardown(): void {
  cluster?.stop();
  if (imageDir) rmSync(imageDir, { recursive: true, force: true });
}
