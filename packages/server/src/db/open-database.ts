import type { DatabaseHandle } from './database.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export const DEFAULT_DATA_DIR = './.alumni-kit/data';

export interface DatabaseConfig {
  /** A PostgreSQL URL (`DATABASE_URL`); PGlite in `dataDir` without one. */
  url?: string;
  dataDir?: string;
}

/** PostgreSQL when a URL is given, else PGlite in the data directory. */
export const openDatabase = ({ url, dataDir = DEFAULT_DATA_DIR }: DatabaseConfig): Promise<DatabaseHandle> =>
  url ? openPostgres({ url }) : openPglite({ dataDir });
