import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir } from '../support/browser-mode.ts';
import { openGeneratedMap, type GeneratedMap } from '../support/generated-map.ts';

/**
 * A generated map of 600 actors (above LIVE_MEASURE_LIMIT) in Chromium: it draws at once with
 * the quick measures, and the measures worker then adds the shortest-path measures, which the
 * size menu offers. No timing is asserted (scripts/profile-map-data.ts measures).
 */
const ACTORS = 600;
let map: GeneratedMap;

beforeAll(async () => {
  map = await openGeneratedMap({
    name: 'measures',
    actors: ACTORS,
    viewport: { width: 1400, height: 900 },
  });
});

afterAll(async () => {
  await map?.close();
});

describe('the map measures worker', () => {
  it('adds the shortest-path measures from the worker to a map above the live limit', async () => {
    const { page, workers, errors } = map;
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
