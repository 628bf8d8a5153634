import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { launchChromium } from './browser.ts';
import { recordPageProblems } from './page-problems.ts';
import { screenshot } from './screenshot.ts';
import { SignupForm } from './signup-form.ts';
import { startViteApp, type ViteApp } from './vite-app.ts';

export interface FrameworkExample {
  /** The example's folder under examples/: `react`, `vue`. */
  folder: string;
  /** The test's name. */
  title: string;
  /** What the app shows once its signup handler heard Grace Hopper's signup. */
  heard: string;
}

/**
 * The test of a framework example, which every one of them passes the same way: built by Vite
 * with the example's own config and served as static files, the app shows the demo events
 * (3, as its `limit` asks) and the signup on the in-memory backend; a signup made with the
 * keyboard reaches the app's own handler, which shows `heard`; no console error, no axe violation.
 */
export function testFrameworkExample({ folder, title, heard }: FrameworkExample): void {
  let app: ViteApp;
  let browser: Browser;

  before(async () => {
    app = await startViteApp(fileURLToPath(new URL(`../../examples/${folder}`, import.meta.url)));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  test(title, async (t) => {
    const context = await browser.newContext();
    t.after(() => context.close());
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const problems = await recordPageProblems(page);
    const signup = new SignupForm(page);

    await page.goto(app.origin);
    await page.waitForFunction(() => document.querySelector('alumni-event-list')?.matches(':state(ready)'));
    assert.equal(
      await page.locator('alumni-event-list [part~="card"]').count(),
      3,
      'the limit reached the element',
    );
    await page.getByText('Nothing yet').waitFor();

    await signup.fillAlumni({
      text: { 'field-name': 'Grace Hopper', 'field-email': `grace+${folder}@example.com` },
      interests: [],
    });
    await signup.submit();
    await signup.waitForState('success');
    await page.getByText(heard).waitFor();

    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await screenshot(t, page, 'body', `${folder}-example`);
  });
}
