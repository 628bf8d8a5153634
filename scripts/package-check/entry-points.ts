import type { Packed } from './install-tarballs.ts';

/** An entry of a package's `exports`, as a consumer imports it. */
export interface EntryPoint {
  specifier: string;
  /** Whether the entry has a JavaScript module to run (not only types, nor data). */
  runs: boolean;
  /** Whether the entry has types. */
  typed: boolean;
}

/** The entries of a packed package's `exports` map. */
export function entryPoints({ manifest }: Packed): EntryPoint[] {
  return Object.entries(manifest.exports).map(([subpath, target]) => {
    const conditions = typeof target === 'string' ? { default: target } : target;
    const code = conditions.import ?? conditions.default;
    return {
      specifier: subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
      runs: code !== undefined && /\.js$/.test(code),
      typed: conditions.types !== undefined,
    };
  });
}
