import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Set by the global setup: the folder holding the built `signup.js` (and any shared chunk). */
const BUNDLE_DIR_ENV = 'ALUMNI_E2E_BUNDLE_DIR';

/**
 * Builds the elements as `pnpm --filter @alumni-kit/elements build` does (the repository's
 * vite.config.ts), into a temporary folder: the package's own tests empty and rebuild its
 * `dist/`, and the two runs must not race.
 */
export async function buildElements(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'alumni-kit-e2e-bundle-'));
  await build({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    logLevel: 'error',
    build: { outDir },
  });
  process.env[BUNDLE_DIR_ENV] = outDir;
  return outDir;
}

/** The folder the global setup built the elements into. */
export function bundleDir(): string {
  const dir = process.env[BUNDLE_DIR_ENV];
  if (!dir) throw new Error(`${BUNDLE_DIR_ENV} is not set: run the tests with --test-global-setup`);
  return dir;
}
