import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanvasMapHandle } from '../../renderer/features/map/canvas/canvas-test-hook.ts';
import { screenshotDir } from '../support/browser-mode.ts';
import { openGeneratedMap, type GeneratedMap } from '../support/generated-map.ts';

/**
 * A generated map of 3,000 actors and 12,000 ties in Chromium, drawn by Tejido's own canvas
 * renderer (above CANVAS_MAP_ELEMENTS): it opens force-directed with ForceAtlas2 in the layout
 * worker while the page keeps handling clicks, draws every actor, selects and highlights an
 * actor clicked at its place on screen, filters, follows the time slider and exports. No
 * timing is asserted (scripts/bench-map.ts measures).
 */
declare global {
  interface Window {
    __clickedDuringLayout?: boolean;
  }
}

const ACTORS = 3000;
const TIES = ACTORS * 4;
let map: GeneratedMap;
let page: Page;
let workers: string[];

beforeAll(async () => {
  // Dated ties (a tenth start in 2021), so the time slider has something to change.
  map = await openGeneratedMap({
    name: 'large',
    actors: ACTORS,
    dated: true,
    viewport: { width: 1600, height: 1100 },
    prepare: (context) =>
      context.addInitScript(() =>
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
      ),
  });
  ({ page, workers } = map);
  page.on('pageerror', (error) => {
    throw error;
  });
});

afterAll(async () => {
  await map?.close();
});

type Positions = Record<string, { x: number; y: number }>;

const counts = (): Promise<ReturnType<CanvasMapHandle['counts']>> =>
  page.evaluate(() => window.__tejidoMapView!.counts());
const positionsOf = (): Promise<Positions> =>
  page.evaluate(() => window.__tejidoMapView!.positions());
const viewportOf = () => page.evaluate(() => window.__tejidoMapView!.viewport());

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

/** Clicks an actor where the canvas draws it. */
async function clickActor(id: string): Promise<void> {
  const at = await page.evaluate((which) => window.__tejidoMapView!.clientPosition(which)!, id);
  await page.mouse.click(at.x, at.y);
}

async function download(testId: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return readFileSync((await file.path())!);
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
    expect(await page.getByTestId('map-canvas').getAttribute('data-renderer')).toBe('tejido');
    expect((await counts()).actors).toBe(ACTORS);
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
  }, 600_000);

  it('draws every actor and tie, fitted into the canvas', async () => {
    // Fitted after the layout: every actor is in view, so every one is drawn.
    await expect.poll(async () => (await counts()).drawnActors, { timeout: 30_000 }).toBe(ACTORS);
    const drawn = await counts();
    expect(drawn).toMatchObject({ actors: ACTORS, ties: TIES, shownActors: ACTORS });
    expect(drawn.drawnTies).toBe(TIES);
    // Quiet labels: zoomed out this far, none of the small actors' labels is drawn.
    expect(drawn.labels).toBeLessThanOrEqual(80);
    await page.getByTestId('map-canvas').screenshot({ path: join(screenshotDir, 'map-large.png') });
  });

  it('pans by dragging the background and zooms with the wheel around the pointer', async () => {
    const box = (await page.getByTestId('map-canvas').boundingBox())!;
    const before = await viewportOf();
    // A corner of the canvas: empty background.
    const [x, y] = [box.x + 12, box.y + box.height - 12];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 100, y - 60, { steps: 5 });
    await page.mouse.up();
    const panned = await viewportOf();
    expect(panned.pan.x - before.pan.x).toBeCloseTo(100, 0);
    expect(panned.pan.y - before.pan.y).toBeCloseTo(-60, 0);
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await viewportOf()).zoom).toBeGreaterThan(panned.zoom * 1.5);
    // Zoomed in: fewer actors in view, so fewer drawn, and bigger labels appear.
    await expect.poll(async () => (await counts()).drawnActors).toBeLessThan(ACTORS);
    // Closer still: dashed potential ties, arrowheads on directed ties, labels (looked at).
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await viewportOf()).zoom).toBeGreaterThan(panned.zoom * 10);
    await expect.poll(async () => (await counts()).labels).toBeGreaterThan(0);
    await page.getByTestId('map-canvas').screenshot({
      path: join(screenshotDir, 'map-large-zoomed.png'),
    });
    await page.keyboard.press('0');
    await expect.poll(async () => (await counts()).drawnActors).toBe(ACTORS);
  });

  it('opens a clicked actor’s panel with its measures, and highlights its neighbourhood', async () => {
    const id = await page.evaluate(() => window.__tejidoMapView!.busiest()!);
    await clickActor(id);
    const panel = page.getByTestId('actor-panel');
    await panel.waitFor();
    expect(await panel.locator('#map-actor-name').textContent()).toBe(`Actor ${id.slice(1)}`);
    const degree = Number(await panel.locator('[data-measure="degree"] td').textContent());
    expect(degree).toBeGreaterThan(4);
    await expect.poll(() => page.evaluate(() => window.__tejidoMapView!.selected())).toBe(id);
    const highlighted = await page.evaluate(() => window.__tejidoMapView!.highlighted());
    expect(highlighted).toContain(id);
    // The actor and its neighbours (degree counts distinct neighbours at this date).
    expect(highlighted.length).toBeGreaterThanOrEqual(degree);
    // The selection and its neighbours are always labelled, the rest dimmed and unlabelled.
    await expect.poll(async () => (await counts()).labels).toBe(highlighted.length);
    await page.getByTestId('map-canvas').screenshot({
      path: join(screenshotDir, 'map-large-selected.png'),
    });
    // A click on empty background clears the selection.
    const box = (await page.getByTestId('map-canvas').boundingBox())!;
    await page.mouse.click(box.x + 8, box.y + 8);
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.__tejidoMapView!.highlighted())).toEqual([]);
  });

  it('hides the other sectors when filtering by sector', async () => {
    const sector = page.getByTestId('map-filter-sector');
    await sector.locator('summary').click();
    await sector.locator('input[value="government"]').check();
    await expect.poll(async () => (await counts()).shownActors).toBeLessThan(ACTORS / 4);
    const shown = await counts();
    expect(shown.shownActors).toBeGreaterThan(0);
    expect(shown.shownTies).toBeLessThan(TIES / 4);
    expect(await page.getByTestId('map-canvas').getAttribute('data-actors')).toBe(
      String(shown.shownActors),
    );
    expect(await page.getByTestId('map-counts').textContent()).toContain(
      `${shown.shownActors} of ${ACTORS}`,
    );
    await page.getByTestId('map-filters-clear').click();
    await expect.poll(async () => (await counts()).shownActors).toBe(ACTORS);
  });

  it('follows the date: fewer ties before 2021, every actor where it was', async () => {
    const before = await positionsOf();
    await page.getByTestId('map-date').fill('2020-06-01');
    // A tenth of the ties start in 2021.
    await expect.poll(async () => (await counts()).shownTies).toBe(TIES * 0.9);
    expect(await positionsOf()).toEqual(before);
    await page.getByTestId('map-canvas').screenshot({
      path: join(screenshotDir, 'map-large-2020.png'),
    });
    await page.getByTestId('map-date').fill('2022-01-01');
    await expect.poll(async () => (await counts()).shownTies).toBe(TIES);
    expect(await positionsOf()).toEqual(before);
  });

  it('exports a PNG of the map as drawn, at 3× the SVG', async () => {
    const panel = page.getByTestId('map-export');
    if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
    const svg = (await download('map-export-svg')).toString('utf8');
    expect(svg.match(/<circle|<rect /g)?.length ?? 0).toBeGreaterThan(ACTORS / 2);
    const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    const png = await download('map-export-png');
    writeFileSync(join(screenshotDir, 'map-large-export.png'), png);
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.readUInt32BE(16)).toBe(width! * 3);
    expect(png.readUInt32BE(20)).toBe(height! * 3);
  }, 120_000);

  it('draws projector mode with larger bold labels and black borders', async () => {
    await page.getByTestId('map-projector').click();
    await page.waitForSelector('.map-screen--projector');
    await expect.poll(async () => (await counts()).drawnActors).toBe(ACTORS);
    const id = await page.evaluate(() => window.__tejidoMapView!.busiest()!);
    await clickActor(id);
    await page.getByTestId('actor-panel').waitFor();
    await page.getByTestId('map-canvas').screenshot({
      path: join(screenshotDir, 'map-large-projector.png'),
    });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.map-screen--projector', { state: 'detached' });
  });

  it('compares two dates side by side on two canvases that share one viewport', async () => {
    await page.getByTestId('map-compare-toggle').click();
    await page.getByTestId('compare-after').waitFor();
    const both = () =>
      page.evaluate(() =>
        (window.__tejidoMapViews ?? []).map((view) => ({
          counts: view.counts(),
          viewport: view.viewport(),
        })),
      );
    // Each side draws every actor present at its date (a few have only 2021 ties).
    await expect
      .poll(async () =>
        (await both()).map(
          ({ counts }) => counts.shownActors > 0 && counts.drawnActors === counts.shownActors,
        ),
      )
      .toEqual([true, true]);
    const [before, after] = await both();
    // The earlier date lacks the tenth of the ties that start in 2021; the later one has all.
    expect(before!.counts.shownTies).toBe(TIES * 0.9);
    expect(after!.counts.shownTies).toBe(TIES);
    expect(after!.counts.shownActors).toBe(ACTORS);
    expect(before!.counts.shownActors).toBeLessThan(ACTORS);
    expect(await page.locator('[data-testid="map-canvas"][data-renderer="tejido"]').count()).toBe(
      2,
    );
    // Panning the left map moves the right one with it.
    const box = (await page.getByTestId('compare-before').getByTestId('map-canvas').boundingBox())!;
    // From the top-left corner (empty: the map is fitted with padding), in the page's view.
    await page.mouse.move(box.x + 10, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 90, box.y + 50, { steps: 4 });
    await page.mouse.up();
    await expect
      .poll(async () => (await both())[0]!.viewport.pan.x - before!.viewport.pan.x)
      .toBeCloseTo(80, 0);
    const [left, right] = await both();
    expect(right!.viewport).toEqual(left!.viewport);
    await page.getByTestId('map-compare').screenshot({
      path: join(screenshotDir, 'map-large-compare.png'),
    });
    await page.getByTestId('map-compare-toggle').click();
    await page.getByTestId('map-compare').waitFor({ state: 'detached' });
  });
});
