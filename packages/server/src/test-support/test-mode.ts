/** Which database the server suite runs against: `pglite` (default) or `postgres`. */
export const TEST_DB: 'pglite' | 'postgres' =
  process.env['ALUMNI_TEST_DB'] === 'postgres' ? 'postgres' : 'pglite';

/** Set by the global setup: a migrated PGlite image to start from. */
export const PGLITE_IMAGE_ENV = 'ALUMNI_TEST_PGLITE_IMAGE';
/** Set by the global setup: the throwaway cluster's URL (superuser, `postgres` database). */
export const POSTGRES_URL_ENV = 'ALUMNI_TEST_POSTGRES_URL';
/** The migrated database each test file's database is copied from. */
export const TEMPLATE_DATABASE = 'alumni_template';
