// The story test: opens every story of the static Storybook (`pnpm build-storybook` first) in
// Chromium, in English on the light theme and in Japanese on the dark one, and fails on any
// console error or warning, uncaught exception, play function that throws, or axe violation
// found by the a11y addon. Run by `pnpm test:stories`.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/support/browser.ts';
import { runStory, type Variant } from './story-test/run-story.ts';
import { serveStaticFolder } from '../test/support/static-folder.ts';

const STATIC_DIR = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const VARIANTS: Variant[] = [
  { lang: 'en', theme: 'light' },
  { lang: 'ja', theme: 'dark' },
];
const STORY_TIMEOUT_MS = 20_000;
const RUN_TIMEOUT_MS = 5 * 60_000;
/** Pages open at once: the machine has two cores. */
const CONCURRENCY = 2;

interface Run {
  id: string;
  variant: Variant;
  problems?: string[];
  ms?: number;
}

if (!existsSync(`${STATIC_DIR}index.json`)) {
  console.error('storybook-static/index.json is missing: run `pnpm build-storybook` first.');
  process.exit(1);
}
setTimeout(() => {
  console.error(`The story test did not end within ${RUN_TIMEOUT_MS / 1000} s.`);
  process.exit(1);
}, RUN_TIMEOUT_MS).unref();

const index = JSON.parse(await readFile(`${STATIC_DIR}index.json`, 'utf8')) as {
  entries: Record<string, { type: string; id: string }>;
};
const ids = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .map((entry) => entry.id);
const runs: Run[] = ids.flatMap((id) => VARIANTS.map((variant) => ({ id, variant })));

const server = await serveStaticFolder(STATIC_DIR);
const browser = await launchChromium();
const started = performance.now();
try {
  const context = await browser.newContext();
  const queue = [...runs];
  const worker = async () => {
    for (let run = queue.shift(); run; run = queue.shift()) {
      const start = performance.now();
      run.problems = await runStory(context, server.origin, run.id, run.variant, STORY_TIMEOUT_MS);
      run.ms = Math.round(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
} finally {
  await browser.close();
  await server.close();
}

const print = (line: string) => process.stdout.write(`${line}\n`);
const label = ({ lang, theme }: Variant) => `${lang}/${theme}`;
const width = Math.max(...ids.map((id) => id.length));
print(`${'story'.padEnd(width)}  ${VARIANTS.map((variant) => label(variant).padEnd(16)).join('')}`);
for (const id of ids) {
  const cells = runs
    .filter((run) => run.id === id)
    .map((run) => `${run.problems?.length ? 'FAIL' : 'ok'} ${run.ms} ms`.padEnd(16));
  print(`${id.padEnd(width)}  ${cells.join('')}`);
}
const failed = runs.filter((run) => run.problems?.length);
for (const run of failed) {
  console.error(`\n${run.id} (${label(run.variant)}):\n  ${run.problems?.join('\n  ')}`);
}
print(
  `\n${ids.length} stories × ${VARIANTS.length} in ${Math.round((performance.now() - started) / 1000)} s`,
);
print(`${runs.length - failed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length ? 1 : 0;
