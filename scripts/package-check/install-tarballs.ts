import { execFile } from 'node:child_process';
import { mkdir, readFile, realpath, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { PublicPackage } from './workspace-packages.ts';

/** A packed package, as its tarball and the manifest inside it. */
export interface Packed extends PublicPackage {
  tarball: string;
  manifest: {
    name: string;
    exports: Record<string, string | Record<string, string>>;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  /** Where the package is installed in the consumer's node_modules. */
  installedDir: string;
}

const run = promisify(execFile);

async function link(target: string, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await symlink(target, path, 'dir');
}

/**
 * Installs the tarballs into `consumerDir/node_modules` the way pnpm installs a registry package:
 * each package sees only what it declares (its `dependencies`, each in its own node_modules;
 * our packages as their packed copies, the others as the workspace installed them), and its
 * peer dependencies come from the consumer, who gets what the workspace installed for them.
 */
export async function installTarballs(
  packages: readonly (PublicPackage & { tarball: string })[],
  consumerDir: string,
): Promise<Packed[]> {
  const installed = await Promise.all(
    packages.map(async (pkg) => {
      const installedDir = join(consumerDir, 'node_modules', pkg.name);
      await mkdir(installedDir, { recursive: true });
      await run('tar', ['-xzf', pkg.tarball, '-C', installedDir, '--strip-components=1']);
      const manifest = JSON.parse(
        await readFile(join(installedDir, 'package.json'), 'utf8'),
      ) as Packed['manifest'];
      return { ...pkg, manifest, installedDir };
    }),
  );
  const ours = new Map(installed.map((pkg) => [pkg.name, pkg.installedDir]));
  const fromWorkspace = (pkg: Packed, dependency: string) =>
    realpath(join(pkg.dir, 'node_modules', dependency));

  for (const pkg of installed) {
    for (const dependency of Object.keys(pkg.manifest.dependencies ?? {})) {
      const target = ours.get(dependency) ?? (await fromWorkspace(pkg, dependency));
      await link(target, join(pkg.installedDir, 'node_modules', dependency));
    }
    for (const peer of Object.keys(pkg.manifest.peerDependencies ?? {})) {
      const consumerCopy = join(consumerDir, 'node_modules', peer);
      await link(await fromWorkspace(pkg, peer), consumerCopy).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
    }
  }
  return installed;
}
