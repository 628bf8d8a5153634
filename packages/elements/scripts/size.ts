/**
 * What each element costs a page that loads it alone: its define entry bundled the way a site
 * would (esbuild --bundle --minify --splitting, ESM, browser, es2022), each file gzipped at
 * level 9 and brotli-compressed. Up front come the element, lit, the endpoint client and ky;
 * a form's code (the event list's reply dialog) and rules (zod/mini, the contract's schemas and
 * messages) load on first use. Prints the figures and what they are made of, and fails when
 * either part grows past its budget.
 */
import {
  dependencyPaths,
  enforceBudgets,
  measureBundle,
  partsTable,
  sizeTable,
  type Budgeted,
  type Part,
} from '@alumni-kit/bundle-size';
import { fileURLToPath } from 'node:url';

interface Element {
  tag: string;
  entry: string;
  /** Gzip bytes the files loaded up front may not exceed: the budget. */
  budget: number;
  /** Gzip bytes the code loaded on first use (a form, its rules: zod, schemas, messages) may not exceed. */
  deferredBudget: number;
}

const ELEMENTS: Element[] = [
  { tag: 'alumni-signup', entry: 'src/signup/define.ts', budget: 24_000, deferredBudget: 15_500 },
  { tag: 'alumni-event-list', entry: 'src/event-list/define.ts', budget: 26_000, deferredBudget: 23_000 },
  { tag: 'alumni-referral-form', entry: 'src/referral/define.ts', budget: 24_000, deferredBudget: 13_000 },
  { tag: 'alumni-feedback-survey', entry: 'src/survey/define.ts', budget: 24_000, deferredBudget: 25_000 },
];

/** Which part of a bundle an input file belongs to; the first match wins. */
const PARTS: Part[] = [
  ['lit', dependencyPaths('lit', 'lit-html', 'lit-element', '@lit/reactive-element')],
  ['zod/mini', dependencyPaths('zod')],
  ['ky', dependencyPaths('ky')],
  ['contract (schemas, route, messages en + ja)', /(^|\/)contract\/src\//],
  ['client', /(^|\/)client\/src\//],
  ['elements: form kit', /^src\/form-kit\//],
  ['elements: signup', /^src\/signup\//],
  ['elements: event list', /^src\/event-list\//],
  ['elements: referral', /^src\/referral\//],
  ['elements: survey', /^src\/survey\//],
  ['elements: theme, i18n, config, drafts, registry', /^src\//],
];

const cwd = fileURLToPath(new URL('..', import.meta.url));
const budgeted: Budgeted[] = [];
for (const { tag, entry, budget, deferredBudget } of ELEMENTS) {
  const { deferred, ...upFront } = await measureBundle({ entry }, { cwd });
  console.log(`\n<${tag}> standalone (${entry})\n`);
  console.log(
    sizeTable([
      { name: 'loaded up front: renders the element', ...upFront, budget },
      { name: 'loaded on first use: forms and their rules', ...deferred, budget: deferredBudget },
      {
        name: 'all of it',
        minBytes: upFront.minBytes + deferred.minBytes,
        gzipBytes: upFront.gzipBytes + deferred.gzipBytes,
        brotliBytes: upFront.brotliBytes + deferred.brotliBytes,
      },
    ]),
  );
  console.log(
    '\nBy part (minified bytes; gzip does not split by part, so its column is the share of the total):\n',
  );
  console.log(partsTable(upFront, PARTS, { estimateGzip: true }));
  if (deferred.minBytes) {
    console.log('\nLoaded on first use, by part:\n');
    console.log(partsTable(deferred, PARTS, { estimateGzip: true }));
  }
  budgeted.push(
    { name: `<${tag}> up front`, gzipBytes: upFront.gzipBytes, budget },
    { name: `<${tag}> on first use`, gzipBytes: deferred.gzipBytes, budget: deferredBudget },
  );
}
enforceBudgets(budgeted);
