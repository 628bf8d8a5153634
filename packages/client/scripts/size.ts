/**
 * Measures what the client costs a page: each bundle is built the way a site would
 * (esbuild --bundle --minify --format=esm, browser platform) and gzipped. Fails when
 * a bundle grows past its budget, so that a regression shows up in `pnpm test`.
 */
import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface Bundle {
  name: string;
  code: string;
  /** Gzip bytes this bundle may not exceed; set just above the figure measured when it last changed. */
  budget?: number;
}

const BUNDLES: Bundle[] = [
  {
    name: '(a) whole client entry: createAlumniClient, contract, zod/mini, ky',
    code: `export * from './src/index.ts';`,
    budget: 22_500,
  },
  {
    name: '(b) signup only: createClient({ createSignup })',
    code: `
      import { createSignup } from '@alumni-kit/contract';
      import { createClient } from './src/index.ts';
      export const createSignupClient = (options) => createClient({ createSignup }, options);`,
    budget: 19_900,
  },
  { name: 'ky 1.14 alone', code: `export { default } from 'ky';` },
  { name: 'contract alone: schemas, route table, zod/mini', code: `export * from '@alumni-kit/contract';` },
];

/** Which part of the whole client an input file belongs to. */
const PARTS: [string, RegExp][] = [
  ['ky', /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?ky\//],
  ['zod/mini', /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?zod\//],
  ['contract', /(^|\/)contract\/src\//],
  ['client', /^(src\/|<stdin>)/],
];

const packageDir = fileURLToPath(new URL('..', import.meta.url));

async function measure(bundle: Bundle): Promise<{ min: number; gzip: number; metafile: Metafile }> {
  const result = await build({
    stdin: { contents: bundle.code, resolveDir: packageDir, loader: 'ts' },
    absWorkingDir: packageDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const output = result.outputFiles[0]!.contents;
  return {
    min: output.byteLength,
    gzip: gzipSync(output, { level: 9 }).byteLength,
    metafile: result.metafile,
  };
}

function breakdown(metafile: Metafile): Map<string, number> {
  const bytes = new Map<string, number>(PARTS.map(([part]) => [part, 0]));
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const part = PARTS.find(([, pattern]) => pattern.test(path))?.[0];
      if (!part) throw new Error(`No part for ${path}: extend PARTS`);
      bytes.set(part, (bytes.get(part) ?? 0) + bytesInOutput);
    }
  }
  return bytes;
}

const format = (bytes: number) => bytes.toLocaleString('en-US');
const results = await Promise.all(BUNDLES.map(async (bundle) => ({ bundle, ...(await measure(bundle)) })));

console.log('| bundle | min bytes | min+gzip bytes | gzip budget |\n| --- | ---: | ---: | ---: |');
for (const { bundle, min, gzip } of results) {
  console.log(
    `| ${bundle.name} | ${format(min)} | ${format(gzip)} | ${bundle.budget ? format(bundle.budget) : '—'} |`,
  );
}

const whole = results[0]!;
console.log('\nWhole client by part (minified bytes before gzip; gzip does not split by part):\n');
console.log('| part | min bytes | share |\n| --- | ---: | ---: |');
for (const [part, bytes] of breakdown(whole.metafile)) {
  console.log(`| ${part} | ${format(bytes)} | ${((100 * bytes) / whole.min).toFixed(0)} % |`);
}

const overBudget = results.filter(({ bundle, gzip }) => bundle.budget !== undefined && gzip > bundle.budget);
for (const { bundle, gzip } of overBudget) {
  console.error(`\n${bundle.name}: ${format(gzip)} B gzip is over its budget of ${format(bundle.budget!)} B`);
}
if (overBudget.length > 0) process.exit(1);
