/**
 * Checks every public package as npm would ship it: builds each (`pnpm run build`), packs it
 * with `pnpm pack` (which applies `publishConfig`), and on each tarball runs publint and
 * are-the-types-wrong (ESM only). Then installs the tarballs side by side the way pnpm installs
 * registry packages, imports every entry in Node (no DOM, as when a host page renders on the
 * server) and type-checks a TypeScript consumer of every entry. Exits with 1 on any problem.
 *
 *   node scripts/check-packages.ts [@alumni-kit/name …]   (default: every public package)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consumerTypeErrors } from './package-check/consumer-types.ts';
import { installTarballs } from './package-check/install-tarballs.ts';
import { lintTarball } from './package-check/lint-tarball.ts';
import { importEveryEntry } from './package-check/node-imports.ts';
import { publicPackages } from './package-check/workspace-packages.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = publicPackages(root, process.argv.slice(2));
const started = performance.now();
const step = (what: string) =>
  console.log(`\n${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
const problems: string[] = [];
const report = (name: string, found: readonly string[]) => {
  for (const problem of found) console.error(`  ✗ ${name}: ${problem}`);
  if (found.length === 0) console.log(`  ✓ ${name}`);
  problems.push(...found);
};

const workDir = mkdtempSync(join(tmpdir(), 'alumni-kit-packages-'));
try {
  step(`Building ${packages.map(({ name }) => name).join(', ')}`);
  const filters = packages.flatMap(({ name }) => ['--filter', name]);
  // One at a time, dependencies first: a build reads the declarations its dependencies built.
  execFileSync('pnpm', ['-r', '--workspace-concurrency=1', ...filters, 'run', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  step('Packing with pnpm pack, then publint and are-the-types-wrong on each tarball');
  const packed = packages.map((pkg) => {
    const tarball = join(workDir, `${basename(pkg.dir)}.tgz`);
    execFileSync('pnpm', ['pack', '--out', tarball], { cwd: pkg.dir, stdio: 'ignore' });
    return { ...pkg, tarball };
  });
  for (const pkg of packed) report(pkg.name, await lintTarball(pkg.tarball));

  step('Installing the tarballs; importing every entry in Node');
  const consumerDir = join(workDir, 'consumer');
  const installed = await installTarballs(packed, consumerDir);
  report('every entry imports in Node', await importEveryEntry(installed, consumerDir));

  step('Type-checking a TypeScript consumer of every entry');
  report('every entry type-checks', consumerTypeErrors(installed, consumerDir, root));
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

step(problems.length ? `${problems.length} problem(s)` : 'Every package passes');
if (problems.length) process.exitCode = 1;
