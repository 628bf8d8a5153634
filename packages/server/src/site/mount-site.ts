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
}

/** The demo server's pages: `/` listing what is there, `/openapi.json`, and the examples. */
export async function mountSite(
  app: Hono<AppEnv>,
  { publishableKey, examplesDir }: SiteOptions,
): Promise<void> {
  const examples = await findExamples(examplesDir);
  const openApi = contractDocument();
  app.get('/', (c) => c.html(homePage({ publishableKey, examples, origin: new URL(c.req.url).origin })));
  app.get('/openapi.json', (c) => c.json(openApi));
  if (!existsSync(examplesDir)) return;
  app.use(
    '/examples/*',
    serveStatic({ root: examplesDir, rewriteRequestPath: (path) => path.replace(/^\/examples/, '') }),
  );
}
