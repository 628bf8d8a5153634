/**
 * What the CDN loader costs a page: `alumni-kit.js` alone (all a page loads until one of our tags
 * appears), and with each element's bundle, which it imports when that tag first appears. Builds
 * the library and the loader into a temporary folder and measures the built files the way
 * scripts/size.ts measures sources (@alumni-kit/bundle-size); fails when the loader grows past
 * its budget. The elements' own budgets are checked by scripts/size.ts.
 */
import {
  enforceBudgets,
  measureBundle,
  sizeTable,
  type BundleSize,
  type SizedBundle,
} from '@alumni-kit/bundle-size';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCdnLoader, buildElementBundles } from './build-cdn.ts';

const LOADER_BUDGET = 1_000;
const ELEMENTS = [
  ['alumni-signup', 'signup.js'],
  ['alumni-event-list', 'event-list.js'],
  ['alumni-referral-form', 'referral.js'],
  ['alumni-feedback-survey', 'survey.js'],
] as const;

const outDir = await mkdtemp(join(tmpdir(), 'alumni-kit-cdn-size-'));
try {
  await buildElementBundles(outDir);
  await buildCdnLoader(outDir);
  const measure = (entry: string) => measureBundle({ entry }, { cwd: outDir });
  const loader = await measure('alumni-kit.js');
  const withLoader = (name: string, size: BundleSize): SizedBundle => ({
    name,
    minBytes: loader.minBytes + size.minBytes,
    gzipBytes: loader.gzipBytes + size.gzipBytes,
    brotliBytes: loader.brotliBytes + size.brotliBytes,
  });

  const rows: SizedBundle[] = [{ name: '`alumni-kit.js` alone', ...loader, budget: LOADER_BUDGET }];
  for (const [tag, file] of ELEMENTS) {
    const element = await measure(file);
    rows.push(withLoader(`with \`<${tag}>\` (${file} and its shared chunks)`, element));
    rows.push({ name: '… and later (its forms, dialog and rules, on first use)', ...element.deferred });
  }
  const imports = ELEMENTS.map(([, file]) => `import './${file}';`).join('\n');
  rows.push(withLoader('with all four elements', await measureBundle({ source: imports }, { cwd: outDir })));

  console.log('\nThe CDN loader, and what each element adds when its tag first appears\n');
  console.log(sizeTable(rows));
  enforceBudgets(rows);
} finally {
  await rm(outDir, { recursive: true, force: true });
}
