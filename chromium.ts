/**
 * How every test run and benchmark here launches Chromium: the machine's own (nothing
 * downloads a browser), headless, with the flags that keep it quiet in a container (no
 * sandbox, GPU, /dev/shm, background traffic, updates, sync, first-run UI or QUIC). Puppeteer
 * (web-test-runner) and Playwright take these options alike. At the repository's root, so the
 * root config and every package's tests and benchmarks import the same list.
 */
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
