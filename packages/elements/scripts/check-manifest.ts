/**
 * Fails when custom-elements.json no longer matches the classes' JSDoc: generates the manifest
 * into a temporary directory and compares it with the committed one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const outdir = mkdtempSync(join(tmpdir(), 'alumni-kit-manifest-'));
try {
  execFileSync(
    join(packageDir, 'node_modules/.bin/cem'),
    // The analyzer joins --outdir to its working directory, so it must be relative.
    [
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      relative(packageDir, outdir),
      '--quiet',
    ],
    { cwd: packageDir, stdio: 'pipe' },
  );
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync(join(packageDir, 'custom-elements.json'), 'utf8');
  if (fresh !== committed) {
    console.error(
      'custom-elements.json is stale: run `pnpm --filter @alumni-kit/elements manifest` and commit it.',
    );
    process.exit(1);
  }
  console.log('custom-elements.json matches the JSDoc of the elements.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
