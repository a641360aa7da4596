import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL_NAME_LIST } from '../../renderer/features/map/name-matches.ts';
import { screenshotDir } from '../support/browser-mode.ts';
import { openGeneratedMap, type GeneratedMap } from '../support/generated-map.ts';

/**
 * The ego-network filter of a large map (above FULL_NAME_LIST actors, drawn by Tejido's canvas):
 * a name field whose suggestions are the names matching what was typed. Typing a name and
 * confirming it filters the map to that actor and its neighbours; the counts shown are checked
 * against the project's own ties, read from the backend.
 */
const ACTORS = 1000;
let map: GeneratedMap;

interface TieEnds {
  source: string;
  target: string;
}

/** Every tie of the project, from the served backend (not from the page's map). */
async function projectTies(url: string): Promise<TieEnds[]> {
  const address = new URL(url);
  const token = address.hash.replace('#token=', '');
  const response = await fetch(`${address.origin}/api/ties.list`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: '{}',
  });
  expect(response.ok).toBe(true);
  return (await response.json()) as TieEnds[];
}

/** The actors within `steps` ties of `ego` (either direction), and the ties among them. */
function egoNetwork(ties: readonly TieEnds[], ego: string, steps: number) {
  const actors = new Set([ego]);
  for (let step = 0; step < steps; step += 1)
    for (const { source, target } of ties.filter(
      (tie) => actors.has(tie.source) || actors.has(tie.target),
    )) {
      actors.add(source);
      actors.add(target);
    }
  const inside = ties.filter((tie) => actors.has(tie.source) && actors.has(tie.target));
  return { actors: actors.size, ties: inside.length, ids: actors };
}

/** How much of the canvas's width or height (the larger share) the actors' positions span. */
async function framedShare(ids: readonly string[]): Promise<number> {
  const box = (await map.page.getByTestId('map-canvas').boundingBox())!;
  const points = await map.page.evaluate(
    (list) => list.map((id) => window.__tejidoMapView!.clientPosition(id)),
    ids,
  );
  const xs = points.flatMap((point) => (point ? [point.x] : []));
  const ys = points.flatMap((point) => (point ? [point.y] : []));
  const inside = points.every(
    (point) =>
      point !== null &&
      point.x >= box.x &&
      point.x <= box.x + box.width &&
      point.y >= box.y &&
      point.y <= box.y + box.height,
  );
  if (!inside) return 0;
  return Math.max(
    (Math.max(...xs) - Math.min(...xs)) / box.width,
    (Math.max(...ys) - Math.min(...ys)) / box.height,
  );
}

const shownCounts = async () => {
  const canvas = map.page.getByTestId('map-canvas');
  return {
    actors: Number(await canvas.getAttribute('data-actors')),
    ties: Number(await canvas.getAttribute('data-ties')),
  };
};

beforeAll(async () => {
  expect(ACTORS).toBeGreaterThan(FULL_NAME_LIST);
  map = await openGeneratedMap({
    name: 'ego',
    actors: ACTORS,
    viewport: { width: 1400, height: 1000 },
  });
});

afterAll(async () => {
  await map?.close();
});

describe('the ego-network name field of a large map', () => {
  it('filters the map to a typed actor and its neighbours, one or two steps away', async () => {
    const { page } = map;
    await page.getByTestId('nav-map').click();
    await page
      .locator('[data-testid="map-canvas"][data-layout="idle"]')
      .waitFor({ timeout: 240_000 });
    expect(await page.getByTestId('map-canvas').getAttribute('data-renderer')).toBe('tejido');
    const ties = await projectTies(map.url);
    await expect.poll(shownCounts).toEqual({ actors: ACTORS, ties: ties.length });

    const field = page.getByTestId('map-filter-ego-name');
    await field.fill('Actor 17');
    // Suggestions: only names containing what was typed ("Actor 17", "Actor 170"…).
    const offered = await page
      .locator('#map-ego-names option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(offered).toContain('Actor 17');
    expect(offered.length).toBeLessThan(ACTORS);
    expect(offered.every((name) => name.includes('Actor 17'))).toBe(true);
    // Typing alone chooses nothing ("Actor 1" is on the way to "Actor 17"); Enter does.
    expect(await shownCounts()).toEqual({ actors: ACTORS, ties: ties.length });
    const oneStep = egoNetwork(ties, 'a17', 1);
    const spreadBefore = await framedShare([...oneStep.ids]);
    await field.press('Enter');
    expect(oneStep.actors).toBeGreaterThan(2);
    await expect.poll(shownCounts).toEqual({ actors: oneStep.actors, ties: oneStep.ties });
    await expect(page.getByTestId('map-counts').textContent()).resolves.toContain(
      `Showing ${oneStep.actors} of ${ACTORS} actors and ${oneStep.ties} of ${ties.length} ties`,
    );
    await expect
      .poll(() => page.evaluate(() => window.__tejidoMapView!.counts().shownActors))
      .toBe(oneStep.actors);
    // The map frames the ego network: its actors now spread over most of the canvas.
    await expect.poll(() => framedShare([...oneStep.ids])).toBeGreaterThan(0.5);
    expect(await framedShare([...oneStep.ids])).toBeGreaterThan(spreadBefore);

    await page.getByTestId('map-filter-ego-steps').selectOption('2');
    const twoSteps = egoNetwork(ties, 'a17', 2);
    expect(twoSteps.actors).toBeGreaterThan(oneStep.actors);
    await expect.poll(shownCounts).toEqual({ actors: twoSteps.actors, ties: twoSteps.ties });
    await page
      .locator('.map-sidebar')
      .screenshot({ path: join(screenshotDir, 'map-ego-search.png') });
    await page.screenshot({ path: join(screenshotDir, 'map-ego-search-map.png') });

    // An empty field shows the whole map again.
    await field.fill('');
    await expect.poll(shownCounts).toEqual({ actors: ACTORS, ties: ties.length });
    expect(map.errors).toEqual([]);
  }, 600_000);
});
