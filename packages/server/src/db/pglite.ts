import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { lockDataDir } from './data-dir-lock.ts';
import { MIGRATIONS_FOLDER, type DatabaseHandle } from './database.ts';
import * as schema from './schema/index.ts';

export interface PgliteOptions {
  /** Keeps the data in this directory (locked for this process); in memory without it. */
  dataDir?: string;
  /** Starts an in-memory database from a `dumpDataDir()` image (fast, for tests). */
  loadDataDir?: Blob;
}

/** A handle on an open PGlite; `close` also runs `onClose` (releasing a lock). */
export function pgliteHandle(client: PGlite, onClose: () => void = () => undefined): DatabaseHandle {
  const db = drizzle({ client, schema });
  return {
    kind: 'pglite',
    db,
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        onClose();
      }
    },
  };
}

/** Embedded PostgreSQL (PGlite): the zero-set-up default for development and demos. */
export async function openPglite({ dataDir, loadDataDir }: PgliteOptions = {}): Promise<DatabaseHandle> {
  const unlock = dataDir === undefined ? () => undefined : lockDataDir(dataDir);
  try {
    return pgliteHandle(await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {}), unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}
