import { build, type BuildOptions, type Metafile } from 'esbuild';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What to bundle: a file, or source text whose imports resolve from `cwd`. */
export type BundleInput = { entry: string } | { source: string };

export interface BundleSize {
  minBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

export interface Measurement extends BundleSize {
  /** esbuild's metafile, with input paths relative to `cwd`; see `bytesByPart`. */
  metafile: Metafile;
}

/**
 * Bundles the input the way a site would (esbuild --bundle --minify --format=esm, browser
 * platform, es2022) and compresses the output with gzip -9 and brotli at its highest quality.
 */
export async function measureBundle(input: BundleInput, { cwd }: { cwd: string }): Promise<Measurement> {
  const what: BuildOptions =
    'entry' in input
      ? { entryPoints: [input.entry] }
      : { stdin: { contents: input.source, resolveDir: cwd, loader: 'ts' } };
  const result = await build({
    ...what,
    absWorkingDir: cwd,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    // A failed build rejects with esbuild's messages; logging them as well would print them twice.
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote no output file');
  return {
    minBytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
    brotliBytes: brotliCompressSync(output.contents, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).byteLength,
    metafile: result.metafile,
  };
}
