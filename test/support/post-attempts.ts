import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/**
 * The `Idempotency-Key` of every POST to `path` the page attempted, in order, as Chromium saw
 * them leave (also those that never reached the server). The client's retries are attempts too.
 */
export function recordPostAttempts(page: Page, path: string): (string | undefined)[] {
  const keys: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === path) {
      keys.push(request.headers()['idempotency-key']);
    }
  });
  return keys;
}

/** Asserts that every attempt carried one and the same idempotency key (a UUID): one logical submission. */
export function assertOneKey(attempts: readonly (string | undefined)[]): void {
  const [key] = attempts;
  assert.match(String(key), /^[0-9a-f-]{36}$/);
  assert.deepEqual(
    attempts,
    attempts.map(() => key),
    'every attempt carries the same key',
  );
}

/**
 * Lets the first POST to `url` reach the server through Playwright, which then tells the page
 * that the connection was reset: the server acted, the page never heard. Returns the
 * `Idempotent-Replayed` header of every POST answer the page then received.
 */
export async function loseFirstAnswer(page: Page, url: string): Promise<(string | undefined)[]> {
  const replayed: (string | undefined)[] = [];
  page.on('response', (response) => {
    if (response.request().method() === 'POST') replayed.push(response.headers()['idempotent-replayed']);
  });
  let lost = false;
  await page.route(url, async (route) => {
    if (route.request().method() !== 'POST' || lost) return route.fallback();
    lost = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
  return replayed;
}
