import type { Page } from 'playwright-core';

/**
 * The `Idempotency-Key` of every `POST /v1/signups` the page attempted, in order, as Chromium
 * saw them leave (also those that never reached the server). The client's retries are attempts
 * too.
 */
export function recordSignupAttempts(page: Page): (string | undefined)[] {
  const keys: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/signups') {
      keys.push(request.headers()['idempotency-key']);
    }
  });
  return keys;
}
