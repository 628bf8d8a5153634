import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import type { Page } from 'playwright-core';

const SCREENSHOTS = join(tmpdir(), 'alumni-kit-e2e');

/** Saves a picture of the element `selector` as `<tmp>/alumni-kit-e2e/<name>.png` and names it in the test's report. */
export async function screenshot(t: TestContext, page: Page, selector: string, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.locator(selector).screenshot({ path });
  t.diagnostic(`screenshot: ${path}`);
}
