import type { Metafile } from 'esbuild';

/** A part name and the input paths (relative to the measured `cwd`) that belong to it. */
export type Part = readonly [name: string, paths: RegExp];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches files of the named npm packages, whether hoisted or in pnpm's `.pnpm` store. */
export const dependencyPaths = (...packageNames: string[]): RegExp =>
  new RegExp(`node_modules/(?:\\.pnpm/[^/]+/node_modules/)?(?:${packageNames.map(escape).join('|')})/`);

/**
 * Minified bytes of the bundle by part, in the order of `parts`; an input goes to the first part
 * whose pattern matches it, and an input no part matches is an error, so that no byte goes unnamed.
 */
export function bytesByPart(metafile: Metafile, parts: readonly Part[]): Map<string, number> {
  const bytes = new Map<string, number>(parts.map(([name]) => [name, 0]));
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const part = parts.find(([, paths]) => paths.test(path));
      if (!part) throw new Error(`No part for ${path}: extend the parts`);
      bytes.set(part[0], (bytes.get(part[0]) ?? 0) + bytesInOutput);
    }
  }
  return bytes;
}
