import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

interface Run {
  /** Chromium's version, as the browser reports it. */
  chromium: string;
  /** `width×height` in CSS pixels. */
  viewport: string;
  iterations: number;
}

/** Writes `table` to bench/results.md with the date, browser and machine, formatted as the repo's Prettier would. */
export async function writeResults(table: string, { chromium, viewport, iterations }: Run): Promise<void> {
  const path = fileURLToPath(new URL('results.md', import.meta.url));
  const cores = cpus();
  const markdown = `# \`<alumni-event-list>\` render benchmark: results

Measured ${new Date().toISOString().slice(0, 10)} by \`pnpm --filter @alumni-kit/elements bench\` in headless
Chromium ${chromium} (${viewport} viewport, no GPU), on ${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'},
Node ${process.version}. Median of ${iterations} runs each, from handing over the events to the painted frame (see
README.md for what each column includes).

${table}
`;
  await writeFile(path, await format(markdown, { ...(await resolveConfig(path)), filepath: path }));
}
