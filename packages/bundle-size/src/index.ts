export {
  measureBundle,
  type BundleInput,
  type BundleSize,
  type MeasuredFiles,
  type Measurement,
} from './measure.ts';
export { bytesByPart, dependencyPaths, type Part } from './parts.ts';
export { formatBytes, markdownTable, type Column } from './table.ts';
export { sizeTable, type SizedBundle } from './size-table.ts';
export { partsTable } from './parts-table.ts';
export { budgetFailures, enforceBudgets, type Budgeted } from './budget.ts';
