import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCliServer, type RunningServer } from '@alumni-kit/server/test-support/cli-process';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { bundleDir } from './bundle.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

export interface DemoSite {
  /** The CLI server: the demo tenant, the example pages and the built kit. */
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * What `pnpm start` serves, as a web team first meets it: the reference server's CLI in its own
 * process (`serve --demo --examples examples --kit <built bundles>`) on a temporary data
 * directory, and a Chromium to visit it.
 */
export async function startDemoSite(): Promise<DemoSite> {
  const dataDir = await mkdtemp(join(tmpdir(), 'alumni-kit-demo-'));
  const server = await startCliServer([
    '--demo',
    '--data-dir',
    dataDir,
    '--examples',
    EXAMPLES,
    '--kit',
    bundleDir(),
  ]);
  const browser = await launchChromium();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
