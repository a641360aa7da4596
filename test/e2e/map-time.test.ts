import { join } from 'node:path';
import type { Core, SingularElementReturnValue } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, startBrowserMode } from '../support/browser-mode.ts';

/**
 * Time on the Map, on the sample project in Chromium: the time slider (scrub, step, play),
 * before/after mode with two maps in the same positions, the date in the address, the seeded
 * layout, and multiple-choice filters. The page exposes its Cytoscape instances because
 * sessionStorage carries `tejido:test` (set before the app loads); users never have it.
 */
declare global {
  interface Window {
    __tejidoMap?: Core | undefined;
    __tejidoCompare?: { before: Core | null; after: Core | null } | undefined;
  }
}

type Positions = Record<string, { x: number; y: number }>;

let app: Awaited<ReturnType<typeof startBrowserMode>>;
let page: Page;

/**
 * Drawn and laid out: every actor of the project has left the origin, no layout is running,
 * and positions no longer change (the first layout follows the first drawing).
 */
async function waitForLayout(): Promise<void> {
  await page.waitForFunction(() => {
    const cy = window.__tejidoMap;
    return (
      !!cy &&
      !cy.destroyed() &&
      cy.nodes().length > 0 &&
      cy
        .nodes()
        .filter((n) => n.position('x') === 0 && n.position('y') === 0)
        .empty()
    );
  });
  // A plain loop: expect.poll cannot run in beforeAll.
  let previous = '';
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const idle = (await page.getByTestId('map-canvas').getAttribute('data-layout')) === 'idle';
    const now = JSON.stringify(await positions());
    if (idle && now === previous) return;
    previous = now;
    await page.waitForTimeout(200);
  }
  throw new Error('the map never settled');
}

beforeAll(async () => {
  app = await startBrowserMode();
  const context = await app.browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1600, height: 1000 },
  });
  await context.addInitScript(() => window.sessionStorage.setItem('tejido:test', '1'));
  page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(app.url);
  await page.getByTestId('nav-map').click();
  await page.getByTestId('map-canvas').waitFor();
  await waitForLayout();
});
afterAll(() => app?.stop());

const mapDate = () => page.getByTestId('map-date').inputValue();
const positions = (): Promise<Positions> =>
  page.evaluate(() => {
    const result: Record<string, { x: number; y: number }> = {};
    window.__tejidoMap!.nodes().forEach((n) => {
      result[n.id()] = { ...n.position() };
    });
    return result;
  });
/** What is drawn: visible actors and ties (absent and filtered ones are not `:visible`). */
const drawn = () =>
  page.evaluate(() => {
    const cy = window.__tejidoMap!;
    return {
      actors: cy.nodes(':visible').map((n) => n.id()),
      ties: cy.edges(':visible').map((e) => e.id()),
    };
  });
/** The counts the screen prints, "Showing 70 of 70 actors and 243 of 243 ties". */
async function counts(): Promise<{ actors: number; ties: number }> {
  const text = (await page.getByTestId('map-counts').textContent()) ?? '';
  const [actors, , ties] = [...text.matchAll(/\d+/g)].map((match) => Number(match[0]));
  return { actors: actors!, ties: ties! };
}
/** Settled: the fading of ended ties is over and the picture matches the printed counts. */
async function settled(): Promise<{ actors: number; ties: number }> {
  await page.locator('.map-stage[data-fading="0"]').waitFor();
  await expect
    .poll(async () => {
      const [shown, printed] = [await drawn(), await counts()];
      return {
        actors: shown.actors.length - printed.actors,
        ties: shown.ties.length - printed.ties,
      };
    })
    .toEqual({ actors: 0, ties: 0 });
  return counts();
}
const hash = () => page.evaluate(() => window.location.hash);

describe('the time slider on the Map', () => {
  it('opens at the last wave with the slider at the end of the project’s range', async () => {
    expect(await mapDate()).toBe('2020-07-01');
    const range = page.getByTestId('time-range');
    expect(await range.inputValue()).toBe(await range.getAttribute('max'));
    const now = await settled();
    expect(now).toEqual({ actors: 70, ties: 243 });
    expect(await page.evaluate(() => window.__tejidoMap!.nodes().length)).toBe(72);
  });

  it('scrubs back in time: fewer ties, the same positions for what stays', async () => {
    const before = await positions();
    const lateTies = new Set((await drawn()).ties);
    const box = (await page.getByTestId('time-range').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width - 4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, y, { steps: 6 });
    await page.mouse.move(box.x + box.width * 0.3, y, { steps: 6 });
    await page.mouse.up();
    const date = await mapDate();
    expect(date < '2018-06-01' && date > '2017-06-01').toBe(true);
    expect(await page.getByTestId('time-date').textContent()).toMatch(/2017|2018/);
    const early = await settled();
    expect(early.ties).toBeLessThan(243);
    expect(early.ties).toBeGreaterThan(0);
    expect(await page.getByTestId('map-canvas').getAttribute('data-ties')).toBe(String(early.ties));
    expect(await hash()).toContain(`date=${date}`);
    // A tie drawn at both dates kept both its ends where they were: nobody jumps.
    const kept = (await drawn()).ties.find((id) => lateTies.has(id))!;
    expect(kept).toBeDefined();
    const ends = await page.evaluate(
      (id) =>
        window
          .__tejidoMap!.getElementById(id)
          .connectedNodes()
          .map((n) => n.id()),
      kept,
    );
    const after = await positions();
    for (const id of ends) expect(after[id]).toEqual(before[id]);
    expect(after).toEqual(before);
    await page.screenshot({ path: join(screenshotDir, 'map-time-scrubbed.png') });
  });

  it('steps by wave and by event, with buttons and keys', async () => {
    await page.getByTestId('time-step-kind').selectOption('wave');
    await page
      .getByTestId('map-wave')
      .selectOption({ label: 'Ola 1 · Línea de base (2018-01-15)' });
    const wave1 = await settled();
    await page.getByTestId('time-next').click();
    expect(await mapDate()).toBe('2019-01-15');
    const wave2 = await settled();
    await page.getByTestId('time-next').click();
    expect(await mapDate()).toBe('2020-01-15');
    const wave3 = await settled();
    expect(wave1.ties).toBeLessThan(wave2.ties);
    expect(wave2.ties).toBeLessThan(wave3.ties);
    await page.keyboard.press(']');
    expect(await mapDate()).toBe('2020-07-01');
    expect(await page.getByTestId('time-next').isDisabled()).toBe(true);
    await page.keyboard.press('[');
    expect(await mapDate()).toBe('2020-01-15');
    await page.getByTestId('time-step-kind').selectOption('event');
    await page.getByTestId('time-next').click();
    expect(await mapDate()).toBe('2020-01-22');
    await page.getByTestId('time-previous').click();
    expect(await mapDate()).toBe('2019-12-11');
    expect(await hash()).toContain('date=2019-12-11');
    await settled();
  });

  it('marks new ties and newcomers, fades ended ties out, then hides them', async () => {
    await page.getByTestId('time-step-kind').selectOption('wave');
    await page.getByTestId('map-wave').selectOption({ label: 'Ola 3 (2020-01-15)' });
    await settled();
    const earlier = await drawn();
    // Record every element that gains a time mark, whenever it happens (the fade is brief).
    await page.evaluate(() => {
      const classes = { newTies: 'tie-new', ended: 'tie-ended', joined: 'actor-joined' } as const;
      const seen = {
        newTies: new Set<string>(),
        ended: new Set<string>(),
        joined: new Set<string>(),
      };
      const cy = window.__tejidoMap!;
      const had = new Map<string, string>();
      cy.elements().forEach((element) => {
        had.set(element.id(), element.classes().join(' '));
      });
      Object.assign(window, { __marksSeen: seen });
      cy.on('class', (event) => {
        const element = event.target as SingularElementReturnValue;
        const before = (had.get(element.id()) ?? '').split(' ');
        for (const [key, name] of Object.entries(classes) as [keyof typeof seen, string][])
          if (element.hasClass(name) && !before.includes(name)) seen[key].add(element.id());
        had.set(element.id(), element.classes().join(' '));
      });
    });
    await page.getByTestId('time-next').click();
    expect(await mapDate()).toBe('2020-07-01');
    const seenEnded = () =>
      page.evaluate(
        () => (window as unknown as { __marksSeen: { ended: Set<string> } }).__marksSeen.ended.size,
      );
    await expect.poll(seenEnded).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshotDir, 'map-time-step.png') });
    await settled();
    const marks = await page.evaluate(() => {
      const seen = (window as unknown as { __marksSeen: Record<string, Set<string>> }).__marksSeen;
      return {
        newTies: [...seen.newTies!],
        ended: [...seen.ended!],
        joined: [...seen.joined!],
      };
    });
    const later = await drawn();
    const wasDrawn = new Set(earlier.ties);
    const isDrawn = new Set(later.ties);
    expect(new Set(marks.newTies)).toEqual(new Set(later.ties.filter((id) => !wasDrawn.has(id))));
    expect(new Set(marks.ended)).toEqual(new Set(earlier.ties.filter((id) => !isDrawn.has(id))));
    expect(marks.ended.length).toBeGreaterThan(0);
    expect(new Set(marks.joined)).toEqual(
      new Set(later.actors.filter((id) => !earlier.actors.includes(id))),
    );
    // After the fade, the ended ties are hidden and no longer marked; new ties stay marked.
    expect(await page.evaluate(() => window.__tejidoMap!.edges('.tie-ended').length)).toBe(0);
    for (const id of marks.ended) expect(isDrawn.has(id)).toBe(false);
    expect(await page.evaluate(() => window.__tejidoMap!.edges('.tie-new').length)).toBe(
      marks.newTies.length,
    );
  });

  it('plays the steps as an animation, pauses, and stops after the last step', async () => {
    await page
      .getByTestId('map-wave')
      .selectOption({ label: 'Ola 1 · Línea de base (2018-01-15)' });
    const start = await positions();
    await page.getByTestId('time-speed').selectOption('1');
    await page.getByTestId('time-play').click();
    const play = page.getByTestId('time-play');
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(mapDate, { timeout: 10_000 }).toBe('2019-01-15');
    await expect.poll(mapDate, { timeout: 10_000 }).toBe('2020-01-15');
    await page.keyboard.press('k');
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    const paused = await mapDate();
    expect(paused >= '2020-01-15').toBe(true);
    await page.screenshot({ path: join(screenshotDir, 'map-time-played.png') });
    if (paused < '2020-07-01') {
      await play.click();
      await expect.poll(mapDate, { timeout: 10_000 }).toBe('2020-07-01');
    }
    await expect.poll(() => play.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('false');
    expect(await mapDate()).toBe('2020-07-01');
    expect(await positions()).toEqual(start);
  });

  it('lays the same data out the same way after a reload, at the date of the address', async () => {
    // The map was laid out once, when it opened at the last wave; it has not moved since.
    await page.getByTestId('map-wave').selectOption({ label: 'Ola 4 · Cierre (2020-07-01)' });
    const before = await positions();
    expect(await hash()).toBe('#/map?date=2020-07-01');
    await page.reload();
    await page.getByTestId('map-canvas').waitFor();
    await waitForLayout();
    expect(await mapDate()).toBe('2020-07-01');
    const after = await positions();
    // Seeded: fcose gives the very same picture again.
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const id of Object.keys(before)) {
      expect(after[id]!.x).toBeCloseTo(before[id]!.x, 6);
      expect(after[id]!.y).toBeCloseTo(before[id]!.y, 6);
    }
  });
});

describe('before / after on the Map', () => {
  const comparePositions = () =>
    page.evaluate(() => {
      const read = (cy: Core | null | undefined) => {
        const result: Record<string, { x: number; y: number }> = {};
        cy?.nodes().forEach((n) => {
          result[n.id()] = { ...n.position() };
        });
        return result;
      };
      return {
        before: read(window.__tejidoCompare?.before),
        after: read(window.__tejidoCompare?.after),
      };
    });

  it('shows two maps with identical positions and lists the differences', async () => {
    const single = await positions();
    await page.getByTestId('map-compare-toggle').click();
    await page.getByTestId('map-compare').waitFor();
    expect(await page.getByTestId('compare-before-date').inputValue()).toBe('2018-01-15');
    expect(await page.getByTestId('compare-after-date').inputValue()).toBe('2020-07-01');
    expect(await hash()).toContain('compare=2018-01-15,2020-07-01');
    await expect.poll(async () => Object.keys((await comparePositions()).after).length).toBe(72);
    const both = await comparePositions();
    expect(both.after).toEqual(both.before);
    expect(both.before).toEqual(single);
    const listed = await page
      .getByTestId('difference-newTies')
      .locator('li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
    const marked = await page.evaluate(() =>
      window.__tejidoCompare!.after!.edges('.tie-new').map((e) => e.id()),
    );
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed)).toEqual(new Set(marked));
    // One viewport for both: fitted alike, and zooming one zooms the other.
    const viewports = () =>
      page.evaluate(() => {
        const { before, after } = window.__tejidoCompare!;
        return [before!, after!].map((cy) => ({ zoom: cy.zoom(), ...cy.pan() }));
      });
    const [left, right] = await viewports();
    expect(right).toEqual(left);
    await page.evaluate(() => {
      const cy = window.__tejidoCompare!.before!;
      cy.zoom({ level: cy.zoom() * 1.5, renderedPosition: { x: 100, y: 100 } });
    });
    const [zoomedLeft, zoomedRight] = await viewports();
    expect(zoomedLeft!.zoom).toBeCloseTo(left!.zoom * 1.5, 6);
    expect(zoomedRight).toEqual(zoomedLeft);
    const afterCounts = await page.getByTestId('compare-after-counts').textContent();
    const beforeCounts = await page.getByTestId('compare-before-counts').textContent();
    expect(afterCounts).not.toEqual(beforeCounts);
    await page.evaluate(() => {
      const cy = window.__tejidoCompare!.before!;
      cy.fit(cy.nodes(), 30);
    });
    await page.screenshot({ path: join(screenshotDir, 'map-compare-en.png') });
  });

  it('opens from a link with two dates, and goes back to one map', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/map?compare=2020-07-01,2017-06-01';
    });
    await expect
      .poll(() => page.getByTestId('compare-before-date').inputValue())
      .toBe('2017-06-01');
    expect(await page.getByTestId('compare-after-date').inputValue()).toBe('2020-07-01');
    await expect
      .poll(async () => (await page.getByTestId('difference-endedTies').locator('li').count()) > 0)
      .toBe(true);
    const endedListed = await page
      .getByTestId('difference-endedTies')
      .locator('li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
    const endedMarked = await page.evaluate(() =>
      window.__tejidoCompare!.before!.edges('.tie-ending').map((e) => e.id()),
    );
    expect(new Set(endedListed)).toEqual(new Set(endedMarked));
    const newActors = await page.getByTestId('difference-newActors').locator('li').count();
    expect(newActors).toBeGreaterThan(0);
    const both = await comparePositions();
    expect(both.after).toEqual(both.before);
    await page.getByTestId('compare-after').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'map-compare-link.png'), fullPage: true });
    await page.getByTestId('map-compare-toggle').click();
    await page.getByTestId('map-compare').waitFor({ state: 'detached' });
    await waitForLayout();
    expect(await hash()).not.toContain('compare=');
    expect(await positions()).toEqual(both.before);
  });
});

describe('multiple-choice filters', () => {
  it('shows two sectors at once, with the counts', async () => {
    const sector = page.getByTestId('map-filter-sector');
    await sector.locator('summary').click();
    await sector.locator('input[value="government"]').check();
    await sector.locator('input[value="donor"]').check();
    await expect
      .poll(async () =>
        page.evaluate(() =>
          [
            ...new Set(window.__tejidoMap!.nodes(':visible').map((n) => String(n.data('colour')))),
          ].sort(),
        ),
      )
      .toHaveLength(2);
    const shown = await settled();
    const sectors = await page.evaluate(() =>
      window.__tejidoMap!.nodes(':visible').map((n) => n.id()),
    );
    expect(shown.actors).toBe(sectors.length);
    expect(await page.getByTestId('map-filter-sector-summary').textContent()).toBe(
      'Government, Donor',
    );
    await page.screenshot({ path: join(screenshotDir, 'map-time-filters.png') });
    await page.getByTestId('map-filter-sector-any').click();
    await expect.poll(async () => (await counts()).actors).toBeGreaterThan(shown.actors);
    await page.getByTestId('lang-es').click();
    await expect.poll(() => page.getByTestId('time-play').textContent()).toContain('Reproducir');
    await page.screenshot({ path: join(screenshotDir, 'map-time-es.png') });
  });
});
