import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * Runs axe-core over the whole page, open shadow roots included, and names each violation with
 * the boxes it found it on. Injected through the DevTools protocol, so a page's CSP does not stop it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return violations.map(
      ({ id, nodes }) => `${id}: ${nodes.map(({ target }) => target.join(' > ')).join(', ')}`,
    );
  });
}
