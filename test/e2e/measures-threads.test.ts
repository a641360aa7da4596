import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProjectFile } from '../../electron/backend/project/project-file.ts';
import { listActors } from '../../electron/backend/store/actors-store.ts';
import { listSectors, listTieTypes } from '../../electron/backend/store/catalog-store.ts';
import { listTies } from '../../electron/backend/store/ties-store.ts';
import { NetworkSnapshot } from '../../shared/api/network.ts';
import { runAnalysisJob } from '../../renderer/workers/run-analysis-job.ts';
import { screenshotDir, startBrowserMode } from '../support/browser-mode.ts';
import { addLargeNetwork } from '../support/project-data.ts';

/**
 * The Measures screen on a network of ~2,600 actors, where the analysis worker spreads the
 * shortest-path pass over nested Web Workers (allowed by the server's CSP): the exported table
 * must hold the same values as the engine run in one thread, here in Node.
 */
let app: Awaited<ReturnType<typeof startBrowserMode>>;
let page: Page;
const workers: string[] = [];
/** Path workers of the first page started and not yet ended. */
const livePathWorkers = new Set<Worker>();

/**
 * Notes every worker a page starts, nested ones included, and adds the path workers to `live`
 * until they end.
 */
function watch(live: Set<Worker>) {
  return (worker: Worker): void => {
    workers.push(worker.url());
    if (!worker.url().includes('path-pass')) return;
    live.add(worker);
    worker.on('close', () => live.delete(worker));
  };
}

beforeAll(async () => {
  app = await startBrowserMode();
  addLargeNetwork(app.project, 2500, 7500, 23);
  const context = await app.browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  page.on('worker', watch(livePathWorkers));
  await page.goto(app.url);
  await page.getByTestId('project-name').waitFor();
});
afterAll(() => app?.stop());

/** The project as the screen reads it, analysed in this process in one thread. */
function singleThreadNodes() {
  const db = openProjectFile(app.project);
  try {
    const snapshot = NetworkSnapshot.parse({
      actors: listActors(db),
      ties: listTies(db),
      sectors: listSectors(db),
      tieTypes: listTieTypes(db),
    });
    const answer = runAnalysisJob(
      {
        task: 'analyze',
        id: 1,
        snapshot,
        settings: { at: null, includePotential: false, direction: 'undirected', weighted: false },
        groups: {},
      },
      () => undefined,
    );
    if (answer.kind !== 'analysis') throw new Error(`no analysis: ${answer.kind}`);
    return new Map(answer.analysis.nodes.map((node) => [node.id, node]));
  } finally {
    db.close();
  }
}

/** The CSV export's rows by id: column title → cell text. */
function csvRows(text: string): Map<string, Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return new Map(parsed.data.map((row) => [row['id']!, row]));
}

describe('Measures on a large network, over nested workers', () => {
  it('matches the single-thread engine value for value', async () => {
    await page.getByTestId('nav-measures').click();
    await page.getByTestId('measures-table').waitFor({ timeout: 240_000 });
    expect(await page.getByTestId('measures-summary').textContent()).toContain('2572 actors');
    // The analysis worker started path workers of its own.
    expect(workers.some((url) => url.includes('analysis'))).toBe(true);
    expect(workers.filter((url) => url.includes('path-pass')).length).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(screenshotDir, 'measures-threads.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('measures-export-csv').click(),
    ]);
    const rows = csvRows(readFileSync(await download.path(), 'utf8'));
    const expected = singleThreadNodes();
    expect(rows.size).toBe(expected.size);
    const compared = { Betweenness: 'betweenness', Closeness: 'closeness', Degree: 'degree' };
    let checked = 0;
    for (const [id, node] of expected) {
      const row = rows.get(id);
      expect(row, id).toBeDefined();
      for (const [title, key] of Object.entries(compared)) {
        if (row![title] === undefined) continue;
        const want = node[key as 'betweenness' | 'closeness' | 'degree'];
        const got = row![title] === '' ? null : Number(row![title]);
        if (want === null || got === null) expect(got, `${id} ${title}`).toBe(want);
        else
          expect(Math.abs(got - want), `${id} ${title}`).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(want)),
          );
        checked += 1;
      }
    }
    // Betweenness and degree are shown by default: thousands of values compared.
    expect(checked).toBeGreaterThanOrEqual(2 * expected.size);
  }, 300_000);

  it('runs the next job’s pass in the nested workers kept from the last one', async () => {
    const started = workers.filter((url) => url.includes('path-pass')).length;
    expect(livePathWorkers.size).toBeGreaterThanOrEqual(2);
    // Weighted: a new job whose pass (Dijkstra's, on 1 / weight) runs in the same workers.
    await page.getByTestId('measures-weighted').setChecked(true);
    await expect
      .poll(() => page.getByTestId('measures-status').count(), { timeout: 240_000 })
      .toBe(0);
    await page.getByTestId('measures-table').waitFor();
    expect(await page.getByTestId('measures-summary').textContent()).toContain('2572 actors');
    expect(workers.filter((url) => url.includes('path-pass')).length).toBe(started);
    await page.getByTestId('measures-weighted').setChecked(false);
    await expect
      .poll(() => page.getByTestId('measures-status').count(), { timeout: 240_000 })
      .toBe(0);
  }, 300_000);

  it('compares the network without an actor with both passes in the same workers', async () => {
    const started = workers.filter((url) => url.includes('path-pass')).length;
    await page.getByTestId('without-actor').selectOption('a001');
    await page.getByTestId('without-table').waitFor({ timeout: 240_000 });
    const actors = await page.getByTestId('without-row-actors').textContent();
    // With, without and the difference, in English number format.
    expect(actors).toBe('Actors2,5722,571-1');
    expect(workers.filter((url) => url.includes('path-pass')).length).toBe(started);
  }, 300_000);

  it('ends the nested workers when the run is cancelled', async () => {
    // A project of its own, large enough for the pass to run long.
    const large = await startBrowserMode();
    try {
      addLargeNetwork(large.project, 8000, 40_000, 29);
      const other = await large.browser.newPage();
      // This page's own: the first page's kept workers live on meanwhile.
      const live = new Set<Worker>();
      other.on('worker', watch(live));
      await other.goto(large.url);
      await other.getByTestId('nav-measures').click();
      const status = other.getByTestId('measures-status');
      await status.and(other.locator('[data-state="running"]')).waitFor({ timeout: 60_000 });
      // The pass has started in nested workers before the cancel.
      await expect.poll(() => live.size, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
      await other.getByTestId('measures-status-cancel').click();
      await expect.poll(() => status.getAttribute('data-state')).toBe('cancelled');
      await expect.poll(() => live.size, { timeout: 30_000 }).toBe(0);
    } finally {
      await large.stop();
    }
  }, 180_000);
});
