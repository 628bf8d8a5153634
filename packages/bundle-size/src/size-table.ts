import type { Budgeted } from './budget.ts';
import type { BundleSize } from './measure.ts';
import { formatBytes, markdownTable } from './table.ts';

export interface SizedBundle extends Budgeted, BundleSize {}

/** bundle | min bytes | min+gzip bytes | min+brotli bytes | gzip budget, one row per bundle. */
export function sizeTable(bundles: readonly SizedBundle[]): string {
  return markdownTable(
    [
      { title: 'bundle' },
      { title: 'min bytes', align: 'right' },
      { title: 'min+gzip bytes', align: 'right' },
      { title: 'min+brotli bytes', align: 'right' },
      { title: 'gzip budget', align: 'right' },
    ],
    bundles.map(({ name, minBytes, gzipBytes, brotliBytes, budget }) => [
      name,
      formatBytes(minBytes),
      formatBytes(gzipBytes),
      formatBytes(brotliBytes),
      budget === undefined ? '—' : formatBytes(budget),
    ]),
  );
}
