import { resolve } from 'node:path';
import type { DatabaseHandle } from '../db/database.ts';
import { DEFAULT_DATA_DIR, openDatabase } from '../db/open-database.ts';

/** The database the CLI works on: `DATABASE_URL` when set, else PGlite in `dataDir`; migrated. */
export async function openMigratedDatabase(dataDir: string | undefined): Promise<DatabaseHandle> {
  const url = process.env['DATABASE_URL'] || undefined;
  const handle = await openDatabase({ url, dataDir: resolve(dataDir ?? DEFAULT_DATA_DIR) });
  try {
    await handle.migrate();
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/** Runs `work` on the migrated database, then closes it. */
export async function withDatabase<T>(
  dataDir: string | undefined,
  work: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const handle = await openMigratedDatabase(dataDir);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}
