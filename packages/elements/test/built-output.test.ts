/**
 * The library build, as a page gets it: `vite build` with the repository's vite.config.ts, then
 * dist/signup.js loaded with one script tag into Chromium, on a page with a strict Content
 * Security Policy (no inline script or style, Trusted Types required), talking HTTP to a stub
 * of the API's signup route. (End-to-end tests against the real server live in /test.)
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../../chromium.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="ja">
  <head><meta charset="utf-8"><title>Built signup</title><script type="module" src="/signup.js"></script></head>
  <body><alumni-signup publishable-key="pk_test_built" privacy-version="2026-04"></alumni-signup>
  <script type="module" src="/page.js"></script></body>
</html>`;

// The page points the element at its own origin; a module, since inline scripts are refused.
const PAGE_SCRIPT = `document.querySelector('alumni-signup').setAttribute('api-base', location.origin);`;

interface Received {
  headers: IncomingMessage['headers'];
  body: { name?: string; mode?: string };
}

let server: Server;
let browser: Browser;
let origin: string;
const received: Received[] = [];

async function readJson(request: IncomingMessage): Promise<Received['body']> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Received['body'];
}

before(async () => {
  await build({
    configFile: fileURLToPath(new URL('../../../vite.config.ts', import.meta.url)),
    logLevel: 'error',
  });
  server = createServer(async (request, response) => {
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'content-type': type, 'content-security-policy': CSP });
      response.end(body);
    };
    if (request.url === '/') return send(200, 'text/html; charset=utf-8', PAGE);
    // The built entries and the chunk they share, as a host serves the dist folder.
    const script = /^\/[\w.-]+\.js$/.exec(request.url ?? '')?.[0];
    const code = script && (await readFile(`${packageDir}dist${script}`, 'utf8').catch(() => undefined));
    if (code) return send(200, 'text/javascript', code);
    if (request.url === '/page.js') return send(200, 'text/javascript', PAGE_SCRIPT);
    if (request.url === '/v1/signups' && request.method === 'POST') {
      const body = await readJson(request);
      received.push({ headers: request.headers, body });
      const member = {
        id: 'mem_built',
        mode: body.mode,
        name: body.name,
        email: 'taro@example.com',
        interests: [],
      };
      const result = {
        member: { ...member, createdAt: '2026-11-25T09:00:00+09:00' },
        invitationAccepted: false,
      };
      return send(201, 'application/json', JSON.stringify(result));
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('dist/signup.js defines <alumni-signup>, which signs a person up over HTTP under a strict CSP', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective}`),
    );
  });
  await page.goto(`${origin}/`);

  // Playwright's CSS locators reach into open shadow roots.
  await page.locator('alumni-signup h2').getByText('アルムナイネットワークに参加する').waitFor();
  await page.locator('alumni-signup #field-name').fill('山田 太郎');
  await page.locator('alumni-signup #field-email').fill('taro@example.com');
  await page.locator('alumni-signup button[part~="submit"]').click();
  await page.locator('alumni-signup [part~="error-summary"]').waitFor();
  assert.equal(received.length, 0, 'nothing is sent while the consent is missing');

  await page.locator('alumni-signup #field-consent\\.accepted').check();
  await page.locator('alumni-signup button[part~="submit"]').click();
  await page.locator('alumni-signup [part~="success"]').getByText('山田 太郎 さん、ようこそ！').waitFor();

  assert.equal(received.length, 1);
  const [{ headers, body }] = received as [Received];
  assert.equal(headers.authorization, 'Bearer pk_test_built');
  assert.match(String(headers['idempotency-key']), /^[0-9a-f-]{36}$/);
  assert.equal(headers['accept-language'], 'ja');
  assert.deepEqual([body.mode, body.name], ['alumni', '山田 太郎']);
  assert.deepEqual(problems, []);
  await page.close();
});
