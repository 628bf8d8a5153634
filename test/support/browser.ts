import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../../chromium.ts';

/** The machine's Chromium, headless; nothing downloads a browser. */
export const launchChromium = (): Promise<Browser> => chromium.launch(chromiumLaunchOptions);
