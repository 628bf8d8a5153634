import { chromium, type Browser } from 'playwright-core';

/** The machine's Chromium, headless; nothing downloads a browser. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
