import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveProject, writeMapProject } from '../../scripts/map-project.ts';
import { screenshotDir } from '../support/browser-mode.ts';

/**
 * A generated map of 600 actors (above LIVE_MEASURE_LIMIT) in Chromium: it draws at once with
 * the quick measures, and the measures worker then adds the shortest-path measures, which the
 * size menu offers. No timing is asserted (scripts/profile-map-data.ts measures).
 */
const ACTORS = 600;
let home: string;
let server: ChildProcess;
let browser: Browser;
let page: Page;
const workers: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'tejido-e2e-measures-'));
  const project = join(home, 'measures.tejido');
  writeMapProject(project, ACTORS);
  const served = await serveProject(project, home);
  server = served.server;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(() => window.sessionStorage.setItem('tejido:test', '1'));
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(served.url);
  await page.getByTestId('nav-data').waitFor();
});

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('the map measures worker', () => {
  it('adds the shortest-path measures from the worker to a map above the live limit', async () => {
    await page.getByTestId('nav-map').click();
    const sizeBy = page.getByTestId('map-size-by');
    await sizeBy.waitFor();
    await sizeBy.locator('option[value="betweenness"]').waitFor({ state: 'attached' });
    const options = await sizeBy
      .locator('option')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
    expect(options).toEqual(
      expect.arrayContaining(['degree', 'strength', 'core', 'betweenness', 'closeness']),
    );
    expect(workers.some((url) => url.includes('map-measures.worker'))).toBe(true);
    await sizeBy.selectOption('betweenness');
    await page.getByTestId('map-canvas').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'map-measures-worker.png') });
    expect(errors).toEqual([]);
  });
});
