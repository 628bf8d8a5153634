export const USAGE = `Usage: alumni-kit-server <command> [options]

Commands:
  serve [--port N] [--host H] [--data-dir DIR] [--demo] [--examples DIR] [--kit DIR]
      Serve the API. --demo also creates the demo tenant on first start and serves
      a page at / with the OpenAPI document, the example pages (--examples) and
      the built element bundles under /kit/ (--kit).
  migrate [--data-dir DIR]
      Apply the database migrations.
  tenant create --name NAME --origin URL [--origin URL...] [--json] [--data-dir DIR]
      Create a tenant; prints its keys (the secret key only this once).
  seed-demo [--json] [--data-dir DIR]
      Create the demo tenant with demo events, roles and surveys (once).

The database is PGlite in --data-dir (default ./.alumni-kit/data), or PostgreSQL
when DATABASE_URL is set. Environment: PORT, HOST, DATABASE_URL, TRUST_PROXY=1,
RATE_LIMIT_WINDOW_SECONDS (60), RATE_LIMIT_PER_KEY (6000), RATE_LIMIT_PER_IP (300).
`;
