import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumLaunchOptions } from './chromium.ts';
import { testApiPlugin } from './packages/client/test/server/test-api-plugin.ts';

const testApi = testApiPlugin();

/**
 * A console.error or console.warn while a test runs fails that test (mocha fails the
 * running test on an uncaught error); output while the test files load only shows in
 * the browser logs. Lit's one-off dev-mode notice is marked as already issued.
 */
const failOnConsoleErrors = `
  globalThis.litIssuedWarnings = new Set(['dev-mode']);
  for (const level of ['error', 'warn']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      original(...args);
      reportError(new Error('console.' + level + ' was called: ' + args.map(String).join(' ')));
    };
  }`;

export default {
  rootDir: '.',
  files: ['packages/client/test/**/*.test.ts', 'packages/elements/src/**/*.test.ts', '!**/node_modules/**'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  browsers: [
    chromeLauncher({
      launchOptions: chromiumLaunchOptions,
      // Two test files run in two pages at once, and only one can have the focus: without focus
      // emulation, keyboard events (Escape on a <dialog>) and focus checks fail in the other.
      async createPage({ context }) {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), testApi],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html>
      <body>
        <script>
          globalThis.ALUMNI_TEST_API_URL = ${JSON.stringify(testApi.url)};
          ${failOnConsoleErrors}
        </script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
};
