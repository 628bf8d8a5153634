import type { Page } from 'playwright-core';

/**
 * Collects what a visitor's page must never produce: console errors and warnings (Chromium's own
 * network log lines among them, e.g. `Failed to load resource: …`), uncaught exceptions, and
 * Content Security Policy violations, reported by the page's `securitypolicyviolation` events
 * through a binding. Call before the first navigation.
 */
export async function recordPageProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`Uncaught: ${error.message}`));
  await page.exposeBinding('reportCspViolation', (_source, text: string) =>
    problems.push(`CSP violation: ${text}`),
  );
  await page.addInitScript(() => {
    const report = (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) =>
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
    );
  });
  return problems;
}
