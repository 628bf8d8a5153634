/**
 * How long `<alumni-event-list>` takes to show 1,000 and 10,000 events in headless Chromium,
 * beside the same cards written as one `innerHTML` string in the same page. Prints a markdown
 * table of medians and writes it, with the date, browser and machine, to bench/results.md.
 * A benchmark, not a test: it reports ratios and checks no threshold.
 */
import { markdownTable } from '@alumni-kit/bundle-size';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../chromium.ts';
import { benchFiles } from './bench-files.ts';
import type { Bench, Renderer } from './page.ts';
import { writeResults } from './results.ts';
import { serveFiles } from './serve-files.ts';

const COUNTS = [1_000, 10_000];
/** Timed runs per renderer and count, after one untimed run of each that warms the JIT up. */
const ITERATIONS = 7;
/** Events both renderers show once before the timed runs, to check they show the same. */
const SHAPE_CHECK_COUNT = 200;
const VIEWPORT = { width: 1280, height: 800 };

const elementsRoot = fileURLToPath(new URL('..', import.meta.url));
const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const { server, url } = await serveFiles(await benchFiles(elementsRoot, Math.max(...COUNTS)));
const browser = await chromium.launch({
  ...chromiumLaunchOptions,
  // Lets the page collect garbage between runs, so that one run's garbage is not the next one's cost.
  args: [...chromiumLaunchOptions.args, '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // An error in the page fails the run at once, rather than leaving it waiting for a result.
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in globalThis);
  const bench = await page.evaluateHandle(() => (globalThis as unknown as { bench: Bench }).bench);
  const shapes = await bench.evaluate((bench, count) => bench.shapes(count), SHAPE_CHECK_COUNT);
  if (JSON.stringify(shapes.element) !== JSON.stringify(shapes.innerHTML)) {
    throw new Error(
      `The innerHTML baseline no longer shows what the element shows; update bench/baseline-markup.ts.\n` +
        `element:   ${JSON.stringify(shapes.element)}\ninnerHTML: ${JSON.stringify(shapes.innerHTML)}`,
    );
  }

  const time = (renderer: Renderer, count: number) =>
    bench.evaluate((bench, [renderer, count]) => bench.time(renderer, count), [renderer, count] as const);
  const rows: string[][] = [];
  for (const count of COUNTS) {
    const times: Record<Renderer, number[]> = { element: [], innerHTML: [] };
    await time('element', count);
    await time('innerHTML', count);
    for (let run = 0; run < ITERATIONS; run++) {
      for (const renderer of ['element', 'innerHTML'] as const)
        times[renderer].push(await time(renderer, count));
    }
    const ours = median(times.element);
    const baseline = median(times.innerHTML);
    rows.push([
      count.toLocaleString('en-US'),
      ours.toFixed(0),
      baseline.toFixed(0),
      `${(ours / baseline).toFixed(2)}×`,
    ]);
  }
  const violations = await bench.evaluate((bench) => bench.violations);
  if (violations.length) throw new Error(`Content Security Policy violations:\n${violations.join('\n')}`);

  const table = markdownTable(
    [
      { title: 'events' },
      { title: '`<alumni-event-list>` ms', align: 'right' },
      { title: 'innerHTML ms', align: 'right' },
      { title: 'ratio', align: 'right' },
    ],
    rows,
  );
  process.stdout.write(`${table}\n`);
  await writeResults(table, {
    chromium: browser.version(),
    viewport: `${VIEWPORT.width}×${VIEWPORT.height}`,
    iterations: ITERATIONS,
  });
} finally {
  await browser.close();
  server.close();
}
