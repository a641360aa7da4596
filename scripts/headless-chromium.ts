import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './find-chromium.ts';

/**
 * Debian's Chromium (or CHROME_PATH: findChromium), headless, as the tests and the browser
 * benchmarks drive it: no sandbox (root in a container), software rendering, and nothing
 * that reaches for the network, which this machine closes. launch() gives every run a fresh,
 * temporary user-data dir of its own.
 */
export function launchHeadlessChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === null) {
    throw new Error(
      'No Chromium found (CHROME_PATH, /usr/bin/chromium). Install it (Debian: apt-get install chromium) or set CHROME_PATH.',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
