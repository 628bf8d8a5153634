/**
 * The CDN loader as a page gets it: the library build and `alumni-kit.js` built into one folder,
 * served under a strict Content Security Policy, the loader included with one script tag. No
 * element's bundle is fetched before its tag is in the page; each is fetched, and its tag
 * defined, when the tag first appears, in the HTML or added later by script.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildCdnLoader, buildElementBundles } from '../scripts/build-cdn.ts';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'";
const TAGS = ['alumni-signup', 'alumni-event-list', 'alumni-referral-form', 'alumni-feedback-survey'];
const BUNDLES = ['/signup.js', '/event-list.js', '/referral.js', '/survey.js'];

const page = (body: string) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>CDN loader</title><script type="module" src="/alumni-kit.js"></script></head>
  <body>${body}</body>
</html>`;
const PAGES: Record<string, string> = {
  '/empty.html': page('<main></main>'),
  '/signup.html': page('<alumni-signup publishable-key="pk_test_cdn"></alumni-signup>'),
};

let outDir: string;
let server: Server;
let browser: Browser;
let origin: string;
const requested: string[] = [];

before(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'alumni-kit-cdn-'));
  await buildElementBundles(outDir);
  await buildCdnLoader(outDir);
  server = createServer(async (request, response) => {
    const path = request.url ?? '/';
    requested.push(path);
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'content-type': type, 'content-security-policy': CSP });
      response.end(body);
    };
    const html = PAGES[path];
    if (html) return send(200, 'text/html; charset=utf-8', html);
    const script = /^\/[\w.-]+\.js$/.exec(path)?.[0];
    const code = script && (await readFile(join(outDir, script), 'utf8').catch(() => undefined));
    if (code) return send(200, 'text/javascript', code);
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** Opens a page with the loader, failing the test on any script error or CSP violation. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.text().startsWith('CSP violation')) problems.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective}`),
    );
  });
  requested.length = 0;
  await page.goto(`${origin}${path}`);
  await page.waitForLoadState('networkidle');
  return { page, problems };
}

const definedTags = (page: Page) =>
  page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);
const bundlesFetched = () => BUNDLES.filter((bundle) => requested.includes(bundle));

test('alumni-kit.js fetches no element and defines no tag while none is in the page', async () => {
  const { page, problems } = await open('/empty.html');

  assert.ok(requested.includes('/alumni-kit.js'));
  assert.deepEqual(bundlesFetched(), []);
  assert.deepEqual(await definedTags(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('alumni-kit.js defines a tag of the HTML from its bundle alone, and renders it', async () => {
  const { page, problems } = await open('/signup.html');

  await page.locator('alumni-signup h2').waitFor();
  assert.deepEqual(await definedTags(page), ['alumni-signup']);
  assert.deepEqual(bundlesFetched(), ['/signup.js']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('alumni-kit.js defines a tag added later by script, also deep inside an added subtree', async () => {
  const { page, problems } = await open('/empty.html');

  await page.evaluate(() => {
    const section = document.createElement('section');
    section.innerHTML = '<div><alumni-event-list hide-filters></alumni-event-list></div>';
    document.querySelector('main')?.append(section);
  });
  await page.waitForFunction(() => customElements.get('alumni-event-list') !== undefined);
  await page.evaluate(() =>
    document.querySelector('main')?.append(document.createElement('alumni-referral-form')),
  );
  await page.waitForFunction(() => customElements.get('alumni-referral-form') !== undefined);

  assert.deepEqual(await definedTags(page), ['alumni-event-list', 'alumni-referral-form']);
  assert.deepEqual(bundlesFetched(), ['/event-list.js', '/referral.js']);
  assert.deepEqual(problems, []);
  await page.close();
});
