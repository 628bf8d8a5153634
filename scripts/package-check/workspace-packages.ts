import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A package of the workspace that is published to npm (not `private`). */
export interface PublicPackage {
  name: string;
  dir: string;
}

/** The public packages under `packages/`, optionally only those named. */
export function publicPackages(root: string, only: readonly string[] = []): PublicPackage[] {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir)
    .map((folder) => join(packagesDir, folder))
    .flatMap((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name: string;
        private?: boolean;
      };
      return manifest.private ? [] : [{ name: manifest.name, dir }];
    })
    .filter(({ name }) => only.length === 0 || only.includes(name));
}
