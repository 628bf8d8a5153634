import { existsSync } from 'node:fs';
import { contractDocument } from '@alumni-kit/contract/openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { findExamples } from './find-examples.ts';
import { homePage } from './home-page.ts';

export interface SiteOptions {
  publishableKey: string;
  /** Folder of the example pages, served under `/examples/`. */
  examplesDir: string;
  /** Folder of the built element bundles, served under `/kit/`. */
  kitDir?: string | undefined;
}

/** The demo server's pages: `/` listing what is there, `/openapi.json`, the examples and the kit. */
export async function mountSite(
  app: Hono<AppEnv>,
  { publishableKey, examplesDir, kitDir }: SiteOptions,
): Promise<void> {
  const examples = await findExamples(examplesDir);
  const openApi = contractDocument();
  app.get('/', (c) => c.html(homePage({ publishableKey, examples, origin: new URL(c.req.url).origin })));
  app.get('/openapi.json', (c) => c.json(openApi));
  serveFolder(app, '/examples', examplesDir);
  if (kitDir) serveFolder(app, '/kit', kitDir);
}

function serveFolder(app: Hono<AppEnv>, prefix: string, root: string): void {
  if (!existsSync(root)) return;
  app.use(`${prefix}/*`, serveStatic({ root, rewriteRequestPath: (path) => path.slice(prefix.length) }));
}
