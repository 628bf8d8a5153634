import { formatBytes } from './table.ts';

export interface Budgeted {
  name: string;
  gzipBytes: number;
  /** Gzip bytes the bundle may not exceed; none means it is measured but not checked. */
  budget?: number | undefined;
}

/** One message per bundle whose gzip size is over its budget. */
export function budgetFailures(bundles: readonly Budgeted[]): string[] {
  return bundles.flatMap(({ name, gzipBytes, budget }) =>
    budget !== undefined && gzipBytes > budget
      ? [`${name}: ${formatBytes(gzipBytes)} B gzip is over its budget of ${formatBytes(budget)} B`]
      : [],
  );
}

/** Prints each budget failure and makes the process exit with 1 if there is any. */
export function enforceBudgets(bundles: readonly Budgeted[]): void {
  const failures = budgetFailures(bundles);
  for (const failure of failures) console.error(`\n${failure}`);
  if (failures.length > 0) process.exitCode = 1;
}
