/**
 * The plain-HTML career site example (`examples/career-site/`) as `pnpm start` serves it: the
 * reference server's CLI with the demo tenant, the example pages and the built kit. The page
 * loads one script tag per element and themes them with the company's brand through the
 * `--alumni-*` tokens; in English and in Japanese, all three elements come up, in the page's
 * language and the brand's colour, with no console error and no axe violation.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe.ts';
import { startDemoSite, type DemoSite } from './support/demo-site.ts';
import { recordPageProblems } from './support/page-problems.ts';
import { screenshot } from './support/screenshot.ts';

/** `--brand` of examples/career-site/site.css in the light scheme (#6b21a8). */
const BRAND = 'rgb(107, 33, 168)';

const PAGES = [
  { lang: 'en', path: 'index.html', signup: 'Join the network', referral: 'Send the referral' },
  { lang: 'ja', path: 'ja.html', signup: '参加する', referral: '紹介する' },
] as const;

let site: DemoSite;
let server: DemoSite['server'];
let browser: DemoSite['browser'];

before(async () => {
  site = await startDemoSite();
  ({ server, browser } = site);
});

after(() => site?.close());

const inState = (page: Page, tag: string, state: string) =>
  page.waitForFunction(([t, s]) => document.querySelector(t)?.matches(`:state(${s})`), [tag, state] as const);

const backgroundOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);

for (const { lang, path, signup, referral } of PAGES) {
  test(`the ${lang} career site shows its events, the referral form and the signup in the brand's colours`, async (t) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    t.after(() => context.close());
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const problems = await recordPageProblems(page);

    await page.goto(`${server.url}/examples/career-site/${path}`);
    await inState(page, 'alumni-event-list', 'ready');
    await inState(page, 'alumni-referral-form', 'idle');
    await inState(page, 'alumni-signup', 'idle');

    assert.ok(
      (await page.locator('alumni-event-list [part~="card"]').count()) > 0,
      'the demo events are listed',
    );
    // Each element speaks the page's language (the closest `lang` ancestor).
    await page.locator('alumni-signup [part~="submit"]', { hasText: signup }).waitFor();
    await page.locator('alumni-referral-form [part~="submit"]', { hasText: referral }).waitFor();

    assert.deepEqual(
      [
        await backgroundOf(page, 'alumni-event-list [part~="type-badge"]'),
        await backgroundOf(page, 'alumni-referral-form [part~="submit"]'),
        await backgroundOf(page, 'alumni-signup [part~="submit"]'),
      ],
      [BRAND, BRAND, BRAND],
      'the brand colour reaches each element through --alumni-color-accent',
    );
    assert.equal(
      await page
        .locator('alumni-signup [part~="submit"]')
        .evaluate((button) => getComputedStyle(button).textTransform),
      'uppercase',
      'the page styles a single box through ::part()',
    );

    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await screenshot(t, page, 'body', `career-site-${lang}`);
  });
}
