import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, startBrowserMode } from '../support/browser-mode.ts';

/**
 * The Map screen on the sample project in Chromium: it draws, filters, selects, exports and
 * reopens a saved view, in Spanish and English, normal and projector mode.
 * The page exposes its Cytoscape instance as window.__tejidoMap because sessionStorage
 * carries `tejido:test` (set before the app loads); users never have it.
 */
declare global {
  interface Window {
    __tejidoMap?: Core | undefined;
  }
}

let app: Awaited<ReturnType<typeof startBrowserMode>>;
let page: Page;

type Positions = Record<string, { x: number; y: number }>;

beforeAll(async () => {
  app = await startBrowserMode();
  const context = await app.browser.newContext({
    locale: 'es-MX',
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: true,
  });
  await context.addInitScript(() => window.sessionStorage.setItem('tejido:test', '1'));
  page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(app.url);
  await page.getByTestId('nav-map').click();
  await page.getByTestId('map-canvas').waitFor();
  // Drawn and laid out: every actor has left the origin.
  await page.waitForFunction(() => {
    const cy = window.__tejidoMap;
    return (
      !!cy &&
      cy.nodes().length > 0 &&
      cy
        .nodes()
        .filter((n) => n.position('x') === 0)
        .empty()
    );
  });
});
afterAll(() => app?.stop());

const visibleCount = () => page.evaluate(() => window.__tejidoMap!.nodes(':visible').length);
const positions = () =>
  page.evaluate(() => {
    const result: Record<string, { x: number; y: number }> = {};
    window.__tejidoMap!.nodes().forEach((n) => {
      result[n.id()] = { ...n.position() };
    });
    return result;
  });

async function openPanel(testId: string) {
  const panel = page.getByTestId(testId);
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
}

async function download(testId: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return readFileSync((await file.path())!);
}

describe('Map screen in browser mode', () => {
  it('draws every actor of the sample project, 70 of them present at the latest wave', async () => {
    // The canvas holds all 72 (one layout for every date); two have no tie or membership then.
    const count = await page.evaluate(() => window.__tejidoMap!.nodes().length);
    expect(count).toBe(72);
    await expect.poll(visibleCount).toBe(70);
    expect(await page.getByTestId('map-canvas').getAttribute('data-actors')).toBe('70');
    expect(await page.getByTestId('map-date').inputValue()).toBe('2020-07-01');
    expect(await page.getByTestId('map-legend').textContent()).toContain('Gobierno');
    await page.screenshot({ path: join(screenshotDir, 'map-es.png') });
  });

  it('hides the other sectors when filtering by sector', async () => {
    const sector = page.getByTestId('map-filter-sector');
    await sector.locator('summary').click();
    await sector.locator('input[value="government"]').check();
    await expect.poll(visibleCount).toBeLessThan(70);
    const colours = await page.evaluate(() =>
      window.__tejidoMap!.nodes(':visible').map((n) => String(n.data('colour'))),
    );
    expect(new Set(colours)).toEqual(new Set(['#d55e00']));
    expect(await page.getByTestId('map-counts').textContent()).toContain(`${colours.length} de 70`);
    await page.getByTestId('map-filters-clear').click();
    await expect.poll(visibleCount).toBe(70);
  });

  it('opens an actor’s panel with its measures when clicked', async () => {
    const target = await page.evaluate(() => {
      const cy = window.__tejidoMap!;
      const node = cy.nodes().max((n) => n.degree(false)).ele;
      cy.zoom(1.2);
      cy.center(node);
      return { id: node.id(), ...node.renderedPosition() };
    });
    const box = (await page.getByTestId('map-canvas').boundingBox())!;
    await page.mouse.click(box.x + target.x, box.y + target.y);
    const panel = page.getByTestId('actor-panel');
    await panel.waitFor();
    const degree = await panel.locator('[data-measure="degree"] td').textContent();
    expect(Number(degree)).toBeGreaterThan(3);
    expect(await panel.locator('[data-measure="betweenness"] td').textContent()).toMatch(/\d/);
    const dimmed = await page.evaluate(() => window.__tejidoMap!.nodes('.dimmed').length);
    expect(dimmed).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshotDir, 'map-actor-es.png') });
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await page.evaluate(() => {
      window.__tejidoMap!.fit(undefined, 30);
    });
  });

  it('exports a PNG at 3× the size of the SVG, with the legend in the SVG', async () => {
    await openPanel('map-export');
    const svg = (await download('map-export-svg')).toString('utf8');
    expect(svg).toContain('<g class="legend">');
    expect(svg).toContain('Gobierno');
    const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    const png = await download('map-export-png');
    writeFileSync(join(screenshotDir, 'map-export-es.png'), png);
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.readUInt32BE(16)).toBe(width! * 3);
    expect(png.readUInt32BE(20)).toBe(height! * 3);
    const pdf = await download('map-export-pdf');
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
  });

  it('reopens a saved view with the same positions', async () => {
    await openPanel('map-views');
    await page.getByTestId('map-view-name').fill('Vista de prueba');
    await page.getByTestId('map-view-save').click();
    await page
      .getByTestId('map-view-list')
      .locator('option', { hasText: 'Vista de prueba' })
      .waitFor({ state: 'attached' });
    const saved: Positions = await positions();
    await page.getByTestId('map-layout').selectOption('concentric');
    await expect
      .poll(async () => (await positions())[Object.keys(saved)[0]!])
      .not.toEqual(saved[Object.keys(saved)[0]!]);
    await page.getByTestId('map-view-list').selectOption({ label: 'Vista de prueba' });
    await page.getByTestId('map-view-open').click();
    await expect
      .poll(async () => {
        const now = await positions();
        return Object.keys(saved).every(
          (id) =>
            Math.abs(now[id]!.x - saved[id]!.x) < 0.01 &&
            Math.abs(now[id]!.y - saved[id]!.y) < 0.01,
        );
      })
      .toBe(true);
  });

  it('switches to projector mode and back, in Spanish and English', async () => {
    await page.getByTestId('map-projector').click();
    await page.waitForSelector('.map-screen--projector');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(screenshotDir, 'map-projector-es.png') });
    await page.keyboard.press('p');
    await page.waitForSelector('.map-screen--projector', { state: 'detached' });
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('map-legend').textContent()).toContain('Government');
    await page.screenshot({ path: join(screenshotDir, 'map-en.png') });
    await page.getByTestId('map-projector').click();
    await page.waitForSelector('.map-screen--projector');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(screenshotDir, 'map-projector-en.png') });
  });
});
