import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveProject, writeMapProject } from '../../scripts/map-project.ts';

/** A generated map project served by `tejido serve` and open in headless Chromium. */
export interface GeneratedMap {
  page: Page;
  /** The served address, with the run's token after `#token=`. */
  url: string;
  /** Web worker scripts the page started. */
  workers: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  close: () => Promise<void>;
}

export interface GeneratedMapOptions {
  /** Names the temporary home folder and project file. */
  name: string;
  actors: number;
  /** Ties with spells (see writeMapProject), for the time slider. */
  dated?: boolean;
  viewport: { width: number; height: number };
  /** Init scripts and the like, before the page opens. */
  prepare?: (context: BrowserContext) => Promise<unknown>;
}

/**
 * Writes the project (scripts/map-project.ts: the same network for the same size), serves it,
 * opens it in Debian's Chromium (software drawing, test mode) and waits for the first screen.
 */
export async function openGeneratedMap(options: GeneratedMapOptions): Promise<GeneratedMap> {
  const home = mkdtempSync(join(tmpdir(), `tejido-e2e-${options.name}-`));
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    rmSync(home, { recursive: true, force: true });
  };
  try {
    const project = join(home, `${options.name}.tejido`);
    writeMapProject(project, options.actors, { dated: options.dated ?? false });
    const served = await serveProject(project, home);
    server = served.server;
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: options.viewport });
    await context.addInitScript(() => window.sessionStorage.setItem('tejido:test', '1'));
    await options.prepare?.(context);
    const page = await context.newPage();
    const workers: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(served.url);
    await page.getByTestId('nav-data').waitFor();
    return { page, url: served.url, workers, errors, close };
  } catch (error) {
    await close();
    throw error;
  }
}
