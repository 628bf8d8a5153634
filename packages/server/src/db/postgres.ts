import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { MIGRATIONS_FOLDER, type DatabaseHandle } from './database.ts';
import * as schema from './schema/index.ts';

/** Any number fits: instances migrating at once queue on this advisory lock. */
const MIGRATION_LOCK_ID = 7_414_751;

export interface PostgresOptions {
  url: string;
  /** Connections in the pool (10 by default). */
  poolSize?: number;
}

/** A PostgreSQL server (or a Postgres-compatible engine) through a node-postgres pool. */
export async function openPostgres({ url, poolSize = 10 }: PostgresOptions): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = drizzle({ client: pool, schema });
  return {
    kind: 'postgres',
    db,
    migrate: async () => {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
        await migrate(drizzle({ client, schema }), { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
        client.release();
      }
    },
    ping: async () => {
      await pool.query('select 1');
    },
    close: () => pool.end(),
  };
}
