import type { DemoTenant } from '../demo/demo-tenant.ts';

/** What `serve` prints once it listens: where, on what database, and the demo's keys. */
export function startupMessage(
  url: string,
  database: 'pglite' | 'postgres',
  demo: DemoTenant | undefined,
): string {
  const lines = [
    `Alumni Kit server listening on ${url} (${database === 'pglite' ? 'PGlite' : 'PostgreSQL'})`,
  ];
  if (demo) {
    lines.push(
      `  Demo page: ${url}/`,
      `  Demo publishable key: ${demo.publishableKey}`,
      `  Demo identity secret (signs member tokens): ${demo.identitySecret}`,
    );
    if (demo.secretKey) lines.push(`  Demo secret key (shown once): ${demo.secretKey}`);
  }
  return lines.join('\n');
}
