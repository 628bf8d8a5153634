import { build, type BuildOptions, type Metafile } from 'esbuild';
import { relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What to bundle: a file, or source text whose imports resolve from `cwd`. */
export type BundleInput = { entry: string } | { source: string };

export interface BundleSize {
  minBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** Files of a bundle: their sizes and esbuild's metafile of them, input paths relative to `cwd` (see `bytesByPart`). */
export interface MeasuredFiles extends BundleSize {
  metafile: Metafile;
}

/** The files a page loads up front, and `deferred`, those it loads later. */
export interface Measurement extends MeasuredFiles {
  /**
   * What the bundle loads later, through `import()` (the form rules of an element, say): every
   * chunk not loaded up front, each compressed on its own as a server sends it.
   */
  deferred: MeasuredFiles;
}

const OUT_DIR = 'out';

const compress = (contents: Uint8Array): BundleSize => ({
  minBytes: contents.byteLength,
  gzipBytes: gzipSync(contents, { level: 9 }).byteLength,
  brotliBytes: brotliCompressSync(contents, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
  }).byteLength,
});

const sum = (sizes: readonly BundleSize[]): BundleSize => ({
  minBytes: sizes.reduce((total, size) => total + size.minBytes, 0),
  gzipBytes: sizes.reduce((total, size) => total + size.gzipBytes, 0),
  brotliBytes: sizes.reduce((total, size) => total + size.brotliBytes, 0),
});

/** The entry's output and the chunks it imports statically, transitively: what a page loads up front. */
function loadedUpFront(metafile: Metafile): Set<string> {
  const outputs = Object.entries(metafile.outputs);
  const entry = outputs.find(([, output]) => output.entryPoint !== undefined);
  if (!entry) throw new Error('esbuild wrote no entry output');
  const loaded = new Set<string>();
  const visit = (path: string) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const { path: imported, kind } of metafile.outputs[path]?.imports ?? []) {
      if (kind === 'import-statement') visit(imported);
    }
  };
  visit(entry[0]);
  return loaded;
}

const pickOutputs = (metafile: Metafile, keep: (path: string) => boolean): Metafile => ({
  inputs: metafile.inputs,
  outputs: Object.fromEntries(Object.entries(metafile.outputs).filter(([path]) => keep(path))),
});

/**
 * Bundles the input the way a site would (esbuild --bundle --minify --format=esm, browser
 * platform, es2022, code split at each `import()`) and compresses each output file with gzip -9
 * and brotli at its highest quality. The sizes are those of the files loaded up front;
 * `deferred` holds those of the chunks loaded later.
 */
export async function measureBundle(input: BundleInput, { cwd }: { cwd: string }): Promise<Measurement> {
  const what: BuildOptions =
    'entry' in input
      ? { entryPoints: [input.entry] }
      : { stdin: { contents: input.source, resolveDir: cwd, loader: 'ts' } };
  const { outputFiles, metafile } = await build({
    ...what,
    absWorkingDir: cwd,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    splitting: true,
    outdir: OUT_DIR,
    write: false,
    metafile: true,
    // A failed build rejects with esbuild's messages; logging them as well would print them twice.
    logLevel: 'silent',
  });
  const upFront = loadedUpFront(metafile);
  const sizeOf = (keep: (path: string) => boolean) =>
    sum(outputFiles.filter((file) => keep(relative(cwd, file.path))).map((file) => compress(file.contents)));
  const isUpFront = (path: string) => upFront.has(path);
  const isDeferred = (path: string) => !upFront.has(path);
  return {
    ...sizeOf(isUpFront),
    metafile: pickOutputs(metafile, isUpFront),
    deferred: { ...sizeOf(isDeferred), metafile: pickOutputs(metafile, isDeferred) },
  };
}
