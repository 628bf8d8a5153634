import type { TestContext } from 'node:test';
import { demoData, type DemoData } from '@alumni-kit/contract/demo';
import { createTenant, seedTenant, type NewTenant, type TenantCredentials } from '@alumni-kit/server';
import type { Page } from 'playwright-core';
import { startApiServer, type ApiServer } from './api-server.ts';
import { launchChromium } from './browser.ts';
import { bundleDir } from './bundle.ts';
import { startHostPage } from './host-page.ts';
import { recordPageProblems } from './page-problems.ts';

export interface CareerSite {
  api: ApiServer;
  tenant: TenantCredentials;
  /** What the tenant was seeded with, ids and cancel tokens included. */
  demo: DemoData;
  /**
   * A visitor's own tab (fresh storage) at `path` of the host page, watched from the first byte;
   * `watch` sees the page before it loads.
   */
  visit(
    t: TestContext,
    path: string,
    watch?: (page: Page) => void,
  ): Promise<{ page: Page; problems: string[] }>;
  close(): Promise<void>;
}

/** What a page needs to embed an element: the API and the tenant's publishable key. */
export interface Embed {
  apiBase: string;
  publishableKey: string;
}

export interface CareerSiteOptions {
  /** The tenant's name and keys; its only allowed origin is the host page's. */
  tenant: Omit<NewTenant, 'origins'>;
  /** The HTML of the host page at `path`, or undefined for none; asked on every request. */
  page(path: string, embed: Embed): string | undefined;
}

/** Pages at `/en/` and `/ja/`: `render` in that language (for `CareerSiteOptions.page`). */
export const byLanguage =
  (render: (lang: 'en' | 'ja', embed: Embed) => string): CareerSiteOptions['page'] =>
  (path, embed) => {
    const lang = /^\/(en|ja)\/$/.exec(path)?.[1] as 'en' | 'ja' | undefined;
    return lang && render(lang, embed);
  };

/**
 * A company's career site and its alumni API, as one test file needs them: the reference
 * server, a page under a strict CSP serving the built elements, a tenant whose only allowed
 * origin is that page (so CORS is the real one) seeded with the demo data, and Chromium.
 */
export async function startCareerSite(options: CareerSiteOptions): Promise<CareerSite> {
  // Closed last opened first, also when a later step of the start fails.
  const opened: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closeOne of opened.splice(0).reverse()) await closeOne();
  };
  try {
    const api = await startApiServer();
    opened.push(() => api.close());
    // The page names the tenant's key, which exists once the tenant knows the page's origin.
    const embed = { apiBase: api.url, publishableKey: '' };
    const host = await startHostPage({
      bundleDir: bundleDir(),
      apiOrigin: api.url,
      page: (path) => options.page(path, embed),
    });
    opened.push(() => host.close());
    const tenant = await createTenant(api.db, { ...options.tenant, origins: [host.origin] });
    embed.publishableKey = tenant.publishableKey;
    const demo = demoData(new Date());
    await seedTenant(api.db, tenant.tenantId, demo);
    const browser = await launchChromium();
    opened.push(() => browser.close());
    const visit = async (t: TestContext, path: string, watch?: (page: Page) => void) => {
      const context = await browser.newContext();
      t.after(() => context.close());
      // Every step takes well under a second here: a broken one fails in 10 s, not 30.
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      const problems = await recordPageProblems(page);
      watch?.(page);
      await page.goto(`${host.origin}${path}`);
      return { page, problems };
    };
    return { api, tenant, demo, visit, close };
  } catch (error) {
    await close();
    throw error;
  }
}
