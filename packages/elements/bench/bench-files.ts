import { build } from 'esbuild';
import { benchEvents } from './bench-events.ts';

/** A file the benchmark page loads: its path under the server's root and its bytes. */
export type BenchFiles = Map<string, { type: string; body: Uint8Array | string }>;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>alumni-event-list benchmark</title>
    <script type="module" src="/element/define.js"></script>
    <script type="module" src="/page.js"></script>
  </head>
  <body>
    <main></main>
  </body>
</html>`;

/**
 * The page, the element bundled the way a site would (its `define.ts` with lit, the client and
 * the contract, minified, code split so lazily imported modules load as their own files), the
 * page's benchmark code and `eventCount` events as JSON.
 */
export async function benchFiles(elementsRoot: string, eventCount: number): Promise<BenchFiles> {
  const options = {
    absWorkingDir: elementsRoot,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  } as const;
  const [element, page, events] = await Promise.all([
    build({ ...options, entryPoints: ['src/event-list/define.ts'], splitting: true, outdir: 'element' }),
    build({ ...options, entryPoints: ['bench/page.ts'], outfile: 'page.js' }),
    benchEvents(eventCount),
  ]);
  const files: BenchFiles = new Map([
    ['/', { type: 'text/html', body: PAGE }],
    ['/events.json', { type: 'application/json', body: JSON.stringify(events) }],
  ]);
  for (const output of [...element.outputFiles, ...page.outputFiles]) {
    const path = output.path.slice(elementsRoot.length).replace(/\\/g, '/');
    files.set(path.startsWith('/') ? path : `/${path}`, { type: 'text/javascript', body: output.contents });
  }
  return files;
}
