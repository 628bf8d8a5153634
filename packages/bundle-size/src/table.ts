export interface Column {
  title: string;
  align?: 'left' | 'right';
}

/** A markdown table, one line per row; cells are written as given. */
export function markdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(columns.map(({ title }) => title)),
    line(columns.map(({ align }) => (align === 'right' ? '---:' : '---'))),
    ...rows.map(line),
  ].join('\n');
}

/** 12345 → "12,345" */
export const formatBytes = (bytes: number): string => bytes.toLocaleString('en-US');

/** 25, 100 → "25 %" */
export const formatShare = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(0)} %`;
