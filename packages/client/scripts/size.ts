/**
 * Measures what the client costs a page: each bundle is built the way a site would
 * (esbuild --bundle --minify --format=esm, browser platform), gzipped and brotli-compressed.
 * Fails when a bundle grows past its budget, so that a regression shows up in `pnpm test`.
 */
import {
  dependencyPaths,
  enforceBudgets,
  measureBundle,
  partsTable,
  sizeTable,
  type Part,
} from '@alumni-kit/bundle-size';
import { fileURLToPath } from 'node:url';

interface Bundle {
  name: string;
  source: string;
  /** Gzip bytes this bundle may not exceed; set just above the figure measured when it last changed. */
  budget?: number;
}

const BUNDLES: Bundle[] = [
  {
    name: '(a) whole client entry: createAlumniClient, contract, zod/mini, ky',
    source: `export * from './src/index.ts';`,
    budget: 22_500,
  },
  {
    name: '(b) signup only: createClient({ createSignup })',
    source: `
      import { createSignup } from '@alumni-kit/contract';
      import { createClient } from './src/index.ts';
      export const createSignupClient = (options) => createClient({ createSignup }, options);`,
    budget: 19_900,
  },
  {
    name: '(c) signup only, unchecked: createEndpointClient({ createSignup: endpoints.createSignup })',
    source: `
      import { endpoints } from '@alumni-kit/contract';
      import { createEndpointClient } from './src/index.ts';
      export const createSignupClient = (options) =>
        createEndpointClient({ createSignup: endpoints.createSignup }, options);`,
    budget: 7_200,
  },
  { name: 'ky 1.14 alone', source: `export { default } from 'ky';` },
  { name: 'contract alone: schemas, route table, zod/mini', source: `export * from '@alumni-kit/contract';` },
];

/** Which part of the whole client an input file belongs to. */
const PARTS: Part[] = [
  ['ky', dependencyPaths('ky')],
  ['zod/mini', dependencyPaths('zod')],
  ['contract', /(^|\/)contract\/src\//],
  ['client', /^(src\/|<stdin>)/],
];

const cwd = fileURLToPath(new URL('..', import.meta.url));
const results = await Promise.all(
  BUNDLES.map(async (bundle) => ({
    ...bundle,
    ...(await measureBundle({ source: bundle.source }, { cwd })),
  })),
);

console.log(sizeTable(results));

const whole = results[0]!;
console.log('\nWhole client by part (minified bytes before gzip; gzip does not split by part):\n');
console.log(partsTable(whole, PARTS));

enforceBudgets(results);
