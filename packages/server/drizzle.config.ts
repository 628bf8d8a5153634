import { defineConfig } from 'drizzle-kit';

// `pnpm --filter @alumni-kit/server db:generate` writes a migration for a schema change.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './migrations',
});
