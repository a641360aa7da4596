import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Core } from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveProject, writeMapProject } from '../../scripts/map-project.ts';
import { screenshotDir } from '../support/browser-mode.ts';

/**
 * A generated map of 3,000 actors and 12,000 ties in Chromium: it opens force-directed with
 * ForceAtlas2 in the layout worker, shows its progress, and the page keeps handling clicks
 * meanwhile. No timing is asserted (scripts/bench-map.ts measures).
 */
declare global {
  interface Window {
    __tejidoMap?: Core | undefined;
    __clickedDuringLayout?: boolean;
  }
}

const ACTORS = 3000;
let home: string;
let server: ChildProcess;
let browser: Browser;
let page: Page;
const workers: string[] = [];

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'tejido-e2e-large-'));
  const project = join(home, 'large.tejido');
  writeMapProject(project, ACTORS);
  const served = await serveProject(project, home);
  server = served.server;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript(() => window.sessionStorage.setItem('tejido:test', '1'));
  await context.addInitScript(() =>
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target as Element | null;
        if (!target?.closest('[data-testid="map-shortcuts"]')) return;
        window.__clickedDuringLayout =
          document.querySelector('[data-testid="map-layout-progress"]') !== null;
      },
      true,
    ),
  );
  page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
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

type Positions = Record<string, { x: number; y: number }>;

const positionsOf = () =>
  page.evaluate(() => {
    const result: Record<string, { x: number; y: number }> = {};
    window.__tejidoMap!.nodes().forEach((node) => {
      result[node.id()] = { ...node.position() };
    });
    return result;
  });

/** Mean distance between actors a0…a599 and the others of their cluster, or any others. */
function meanDistance(positions: Positions, sameCluster: boolean): number {
  let total = 0;
  let pairs = 0;
  for (let a = 0; a < 600; a += 1)
    for (let b = a + 1; b < ACTORS; b += 1) {
      if (sameCluster !== (a % 30 === b % 30)) continue;
      const [p, q] = [positions[`a${a}`]!, positions[`a${b}`]!];
      total += Math.hypot(p.x - q.x, p.y - q.y);
      pairs += 1;
    }
  return total / pairs;
}

describe('a large map', () => {
  it('lays out in the worker while the page keeps answering clicks', async () => {
    await page.getByTestId('nav-map').click();
    const progress = page.getByTestId('map-layout-progress');
    // Under load, fetching the network and its measures can take a while before the drawing.
    await progress.waitFor({ timeout: 240_000 });
    // A click while the layout runs, right away: the button's handler (installed before the
    // page loaded) sees the progress still shown, and the dialog it opens appears.
    await page.getByTestId('map-shortcuts').click();
    await page.getByTestId('map-shortcuts-dialog').waitFor();
    expect(await page.evaluate(() => window.__clickedDuringLayout)).toBe(true);
    expect(workers.some((url) => url.includes('layout.worker'))).toBe(true);
    await page.getByTestId('map-shortcuts-dialog').getByRole('button').click();
    await page.getByTestId('map-shortcuts-dialog').waitFor({ state: 'hidden' });
    // Meanwhile the map is drawn, grouped by sector (or already laid out on a fast machine).
    expect(await page.evaluate(() => window.__tejidoMap!.nodes().length)).toBe(ACTORS);
    await page.screenshot({ path: join(screenshotDir, 'map-large-arranging.png') });

    await page
      .locator('[data-testid="map-canvas"][data-layout="idle"]')
      .waitFor({ timeout: 240_000 });
    await progress.waitFor({ state: 'detached' });
    const final = await positionsOf();
    expect(Object.keys(final)).toHaveLength(ACTORS);
    expect(Object.values(final).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(
      true,
    );
    // Laid out by ties, not by sector: the generated network's clusters (actor index mod 30,
    // sectors drawn at random) end up together.
    expect(meanDistance(final, true)).toBeLessThan(0.6 * meanDistance(final, false));
    expect(await page.getByTestId('map-canvas').getAttribute('data-renderer')).toBe('canvas');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screenshotDir, 'map-large.png') });
  }, 600_000);

  it('keeps small actors’ labels quiet on a large map, and selecting one still labels it', async () => {
    const quiet = await page.evaluate(() => window.__tejidoMap!.nodes('.quiet').length);
    const quietStyle = await page.evaluate(() =>
      Number.parseFloat(
        String(window.__tejidoMap!.nodes('.quiet').first().style('min-zoomed-font-size')),
      ),
    );
    expect(quietStyle).toBeGreaterThan(0);
    expect(quiet).toBeGreaterThan(ACTORS / 2);
    expect(quiet).toBeLessThan(ACTORS);
    const id = await page.evaluate(() => {
      const node = window.__tejidoMap!.nodes('.quiet').first();
      node.emit('tap');
      return node.id();
    });
    await page.getByTestId('actor-panel').waitFor();
    const label = (actor: string) =>
      page.evaluate((which) => {
        const node = window.__tejidoMap!.getElementById(which);
        return {
          highlighted: node.hasClass('highlighted'),
          minZoomedFont: Number.parseFloat(String(node.style('min-zoomed-font-size'))),
        };
      }, actor);
    await expect.poll(async () => (await label(id)).highlighted).toBe(true);
    // Highlighted labels are drawn at any zoom.
    expect((await label(id)).minZoomedFont).toBe(0);
  });
});
