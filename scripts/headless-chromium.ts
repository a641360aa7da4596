import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (or CHROME_PATH), headless, as the tests and the browser benchmarks drive
 * it: no sandbox (root in a container), software rendering, and nothing that reaches for the
 * network, which this machine closes. launch() gives every run a fresh, temporary user-data
 * dir of its own.
 */
export function launchHeadlessChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
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
