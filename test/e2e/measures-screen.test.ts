import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, startBrowserMode } from '../support/browser-mode.ts';
import { addLargeNetwork } from '../support/project-data.ts';

/**
 * The Measures screen in browser mode on a copy of the sample project: the table, the cards,
 * sorting, export, both languages, convener dependence, and a long run in the worker that
 * leaves the page responsive and can be cancelled.
 */
let app: Awaited<ReturnType<typeof startBrowserMode>>;
let page: Page;
/** Analysis workers the page has started. */
let analysisWorkers = 0;

const CONVENER = 'Red Impulso Cívico A.C.';

beforeAll(async () => {
  app = await startBrowserMode();
  const context = await app.browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  page.on('worker', (worker) => {
    if (worker.url().includes('analysis')) analysisWorkers += 1;
  });
  await page.goto(app.url);
  await page.getByTestId('project-name').waitFor();
});
afterAll(() => app?.stop());

async function openMeasures(): Promise<void> {
  await page.getByTestId('nav-measures').click();
  await page.getByTestId('measures-table').waitFor({ timeout: 60_000 });
}

describe('Measures screen in browser mode', () => {
  it('computes every actor of the sample project in the worker', async () => {
    await openMeasures();
    expect(await page.getByTestId('measures-row').count()).toBe(72);
    expect(await page.getByTestId('measures-summary').textContent()).toContain('72 actors');
    // Sector mixing, E-I by learning community and density between communities are drawn.
    await page.getByTestId('mixing-heatmap').locator('svg').waitFor();
    expect(await page.getByTestId('ei-communities').locator('tbody tr').count()).toBe(3);
    expect(await page.getByTestId('group-density').locator('tbody tr').count()).toBe(3);
  });

  it('puts the convener on top when sorted by betweenness', async () => {
    const header = page.locator('th.col-betweenness');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await page.getByTestId('measures-row').first().textContent()).toContain(CONVENER);
    // Sorting the other way and back again keeps it on top of the descending order.
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await header.getByRole('button').click();
    expect(await page.getByTestId('measures-row').first().textContent()).toContain(CONVENER);
  });

  it('explains each measure and its conventions on hover', async () => {
    const title = await page.getByTestId('measure-header-betweenness').getAttribute('title');
    expect(title).toContain('shortest paths');
    expect(title).toContain('undirected');
    const card = await page.getByTestId('card-density').getAttribute('title');
    expect(card).toContain('Share of possible ties');
    const density = await page.getByTestId('card-density-value').textContent();
    expect(Number(density)).toBeGreaterThan(0);
    expect(Number(density)).toBeLessThan(1);
  });

  it('filters by a search text', async () => {
    await page.getByTestId('measures-search').fill('impulso');
    await expect.poll(() => page.getByTestId('measures-row').count()).toBe(1);
    await page.getByTestId('measures-search').fill('');
    await expect.poll(() => page.getByTestId('measures-row').count()).toBe(72);
  });

  it('exports the table as CSV with the header first', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('measures-export-csv').click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const [header, first] = text.split('\r\n');
    expect(header).toMatch(/^id,Actor,Sector,Degree,Betweenness,/);
    expect(first).toContain(CONVENER);
  });

  it('shows the network with and without the convener', async () => {
    await page.getByTestId('without-actor').selectOption('a001');
    await page.getByTestId('without-table').waitFor({ timeout: 60_000 });
    const actors = await page.getByTestId('without-row-actors').textContent();
    expect(actors).toContain('72');
    expect(actors).toContain('71');
    await page.screenshot({ path: join(screenshotDir, 'measures-screen-en.png'), fullPage: true });
  });

  it('reads the same in Spanish', async () => {
    await page.getByTestId('lang-es').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByTestId('measures-summary').textContent()).toContain('72 actores');
    const title = await page.getByTestId('measure-header-betweenness').getAttribute('title');
    expect(title).toContain('caminos más cortos');
    await page.screenshot({ path: join(screenshotDir, 'measures-screen-es.png'), fullPage: true });
    await page.getByTestId('lang-en').click();
  });

  it('refuses a day outside the dates of the ties', async () => {
    await page.getByTestId('measures-at').fill('1990-01-01');
    await page.getByTestId('measures-outside').waitFor();
    await page.getByTestId('measures-at').fill('');
    await page.getByTestId('measures-table').waitFor();
  });

  it('runs the next analyses in the worker that ran the last one', async () => {
    const before = analysisWorkers;
    const weighted = page.getByTestId('measures-weighted');
    for (const checked of [true, false]) {
      await weighted.setChecked(checked);
      // The status shows while a job runs, and is gone once its answer is on the screen.
      await expect.poll(() => page.getByTestId('measures-status').count()).toBe(0);
      await page.getByTestId('measures-table').waitFor();
    }
    expect(analysisWorkers).toBe(before);
  });

  it('stays responsive during a long run, and cancels it', async () => {
    addLargeNetwork(app.project, 6000, 36_000, 7);
    await page.reload();
    await page.getByTestId('nav-measures').click();
    const status = page.getByTestId('measures-status');
    await status.and(page.locator('[data-state="running"]')).waitFor({ timeout: 60_000 });
    // The page answers clicks while the worker computes: typing in the day field works.
    await page.getByTestId('measures-weighted').click();
    expect(await page.getByTestId('measures-weighted').isChecked()).toBe(true);
    expect(await status.getAttribute('data-state')).toBe('running');
    await page.screenshot({ path: join(screenshotDir, 'measures-screen-running.png') });
    await page.getByTestId('measures-status-cancel').click();
    await expect.poll(() => status.getAttribute('data-state')).toBe('cancelled');
  });
});
