import type { MeasuredFiles } from './measure.ts';
import { bytesByPart, type Part } from './parts.ts';
import { formatBytes, formatShare, markdownTable, type Column } from './table.ts';

/**
 * part | min bytes | share of the bundle, one row per part. Gzip does not split by part, so
 * `estimateGzip` adds the bundle's gzip bytes apportioned by each part's share.
 */
export function partsTable(
  measurement: MeasuredFiles,
  parts: readonly Part[],
  { estimateGzip = false }: { estimateGzip?: boolean } = {},
): string {
  const { minBytes, gzipBytes, metafile } = measurement;
  const columns: Column[] = [
    { title: 'part' },
    { title: 'min bytes', align: 'right' },
    { title: 'share', align: 'right' },
    ...(estimateGzip ? [{ title: '≈ gzip bytes', align: 'right' } as const] : []),
  ];
  const rows = [...bytesByPart(metafile, parts)].map(([part, bytes]) => [
    part,
    formatBytes(bytes),
    formatShare(bytes, minBytes),
    ...(estimateGzip ? [formatBytes(Math.round((bytes / minBytes) * gzipBytes))] : []),
  ]);
  return markdownTable(columns, rows);
}
