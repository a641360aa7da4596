import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convenerDependence } from '../../shared/temporal/convener-dependence.ts';
import { meetingTies } from '../../shared/temporal/meeting-ties.ts';
import { periodsByWave, periodsByYear } from '../../shared/temporal/periods.ts';
import { series, type SeriesRow } from '../../shared/temporal/series.ts';
import type { TimelineData } from '../../shared/temporal/timeline-data.ts';
import { MAIN_MEASURES } from '../../renderer/features/over-time/MeasureChooser.tsx';
import { defaultDates, likelyConvener } from '../../renderer/features/over-time/screen-defaults.ts';
import { timelineBounds } from '../../renderer/features/over-time/timeline-bounds.ts';
import { screenshotDir, startBrowserMode } from '../support/browser-mode.ts';
import { addLargeNetwork, readTimeline } from '../support/project-data.ts';

/**
 * The Over time screen in browser mode on a copy of the sample project. Every number the
 * screen shows is checked against shared/temporal run here on the same project file, so the
 * worker, the screen and the library must agree.
 */
let app: Awaited<ReturnType<typeof startBrowserMode>>;
let page: Page;
let data: TimelineData;

beforeAll(async () => {
  app = await startBrowserMode();
  data = readTimeline(app.project);
  const context = await app.browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(app.url);
  await page.getByTestId('project-name').waitFor();
});
afterAll(() => app?.stop());

/** The table as numbers: one record per period (a column of the table), keyed by measure. */
async function tableValues(): Promise<{ label: string; values: Record<string, number | null> }[]> {
  const labels = await page.getByTestId('series-period').allTextContents();
  const cells = await page.getByTestId('series-measure-row').evaluateAll((rows) =>
    rows.flatMap((row) =>
      [...row.querySelectorAll('td[data-period]')].map((cell) => ({
        column: row.getAttribute('data-column') ?? '',
        period: cell.getAttribute('data-period') ?? '',
        value: cell.getAttribute('data-value') ?? '',
      })),
    ),
  );
  return labels.map((label) => ({
    label,
    values: Object.fromEntries(
      cells
        .filter((cell) => cell.period === label)
        .map((cell) => [cell.column, cell.value === '' ? null : Number(cell.value)]),
    ),
  }));
}

function expectRowsEqual(
  shown: Awaited<ReturnType<typeof tableValues>>,
  expected: readonly SeriesRow[],
): void {
  expect(shown.map((row) => row.label)).toEqual(expected.map((row) => row.period.label));
  shown.forEach((row, index) => {
    const values = expected[index]!.values;
    expect(Object.keys(row.values).sort()).toEqual(Object.keys(values).sort());
    for (const [key, value] of Object.entries(values)) {
      if (value === null) expect(row.values[key], key).toBeNull();
      else expect(row.values[key], key).toBeCloseTo(value, 10);
    }
  });
}

describe('Over time screen in browser mode', () => {
  it('charts the sample’s yearly periods with the numbers shared/temporal computes', async () => {
    await page.getByTestId('nav-over-time').click();
    await page.getByTestId('series-table').waitFor({ timeout: 60_000 });
    const bounds = timelineBounds(data)!;
    const years = periodsByYear(bounds.first, bounds.last);
    const expected = series(data, years, MAIN_MEASURES, { snapshot: 'period' });
    expect(years.length).toBeGreaterThanOrEqual(3);
    expectRowsEqual(await tableValues(), expected);
    // One chart per measure, the learning communities' densities sharing one, all drawn.
    const charts = page.getByTestId('series-charts').locator('figure');
    expect(await charts.count()).toBe(MAIN_MEASURES.length);
    await page.getByTestId('series-chart-density').locator('svg').waitFor();
    const label = await page
      .getByTestId('series-chart-density')
      .locator('[role="img"]')
      .getAttribute('aria-label');
    // ECharts' aria puts the description, with every point, on the chart's element.
    expect(label).toMatch(/^Density by period: \d{4} /);
    // The x axis names the years.
    const axis = await page
      .getByTestId('series-chart-density')
      .locator('svg text')
      .allTextContents();
    for (const period of years) expect(axis).toContain(period.label);
    await page.screenshot({ path: join(screenshotDir, 'over-time-en.png'), fullPage: true });
  });

  it('recomputes when the periods change to survey waves and to the first day', async () => {
    await page.getByTestId('period-kind-wave').check();
    const waves = periodsByWave(data.waves, timelineBounds(data)!.end);
    await expect
      .poll(async () => (await tableValues()).map((row) => row.label), { timeout: 60_000 })
      .toEqual(waves.map((period) => period.label));
    expectRowsEqual(
      await tableValues(),
      series(data, waves, MAIN_MEASURES, { snapshot: 'period' }),
    );
    await page.getByTestId('period-snapshot').selectOption('start');
    const atStart = series(data, waves, MAIN_MEASURES, { snapshot: 'start' });
    await expect
      .poll(async () => (await tableValues())[0]?.values.density, { timeout: 60_000 })
      .toBeCloseTo(atStart[0]!.values.density!, 10);
    expectRowsEqual(await tableValues(), atStart);
  });

  it('cuts time between two chosen events', async () => {
    await page.getByTestId('period-kind-event').check();
    const events = [...data.events].sort((a, b) => (a.start < b.start ? -1 : 1));
    await expect
      .poll(async () => (await tableValues()).length, { timeout: 60_000 })
      .toBe(new Set(events.map((event) => event.start)).size);
    const picker = page.getByTestId('event-picker');
    await picker.locator('summary').click();
    await picker.getByRole('button', { name: 'None' }).click();
    expect(await page.getByTestId('period-problem').textContent()).toContain(
      'Choose at least one event',
    );
    const [first, second] = [events[0]!, events[3]!];
    await page.getByTestId(`period-event-${first.id}`).check();
    await page.getByTestId(`period-event-${second.id}`).check();
    await expect
      .poll(async () => (await tableValues()).map((row) => row.label), { timeout: 60_000 })
      .toEqual([first.name, second.name]);
    expect(await page.getByTestId('period-summary').textContent()).toContain(
      `2 periods, from ${first.start}`,
    );
  });

  it('takes custom dates and says when one is not a date', async () => {
    await page.getByTestId('period-kind-custom').check();
    await page.getByTestId('period-custom-dates').fill('2019-01-01, 2019-13-01');
    expect(await page.getByTestId('period-problem').textContent()).toContain('2019-13-01');
    await page.getByTestId('period-custom-dates').fill('2018-06-01, 2019-06-01');
    await expect
      .poll(async () => (await tableValues()).map((row) => row.label), { timeout: 60_000 })
      .toEqual(['2018-06-01', '2019-06-01']);
    await page.getByTestId('period-kind-year').check();
    await page.getByTestId('period-snapshot').selectOption('period');
  });

  it('downloads the table as CSV with the same numbers', async () => {
    await page.getByTestId('series-table').waitFor();
    const bounds = timelineBounds(data)!;
    const expected = series(data, periodsByYear(bounds.first, bounds.last), ['density'], {
      snapshot: 'period',
    });
    await expect
      .poll(async () => (await tableValues()).length, { timeout: 60_000 })
      .toBe(expected.length);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('series-export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('tejido-over-time.csv');
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^Period,First day,Last day,Density,Components,Largest component,/);
    expect(lines).toHaveLength(expected.length + 1);
    const first = lines[1]!.split(',');
    expect(first.slice(0, 3)).toEqual([
      expected[0]!.period.label,
      expected[0]!.period.start,
      `${expected[0]!.period.label}-12-31`,
    ]);
    expect(Number(first[3])).toBeCloseTo(expected[0]!.values.density!, 12);
  });

  it('lists ties formed and ended by sector pair and the new alliances', async () => {
    await page.getByTestId('over-time-tab-changes').click();
    await page.getByTestId('changes-chart').locator('svg').waitFor({ timeout: 60_000 });
    await page.getByTestId('changes-heatmap').locator('svg').waitFor();
    const rows = await page.getByTestId('alliance-row').count();
    expect(rows).toBeGreaterThan(0);
    expect(await page.getByTestId('alliances-count').textContent()).toContain(
      `${rows} new alliance`,
    );
    await page.screenshot({
      path: join(screenshotDir, 'over-time-changes-en.png'),
      fullPage: true,
    });
  });

  it('shows before/after and the indicators with the convener’s numbers', async () => {
    const dates = defaultDates(data, timelineBounds(data))!;
    await page.getByTestId('over-time-tab-beforeAfter').click();
    await page.getByTestId('measure-changes').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('dates-before').inputValue()).toBe(dates.before);
    expect(await page.getByTestId('new-ties').locator('li').count()).toBeGreaterThan(0);
    await page.screenshot({
      path: join(screenshotDir, 'over-time-before-after-en.png'),
      fullPage: true,
    });

    await page.getByTestId('over-time-tab-indicators').click();
    const convener = likelyConvener(data)!;
    expect(await page.getByTestId('convener-actor').inputValue()).toBe(convener);
    await page.getByTestId('convener-date').first().waitFor({ timeout: 60_000 });
    const expected = convenerDependence(data, convener, dates.before);
    const components = page.getByTestId('convener-components').first().locator('td');
    expect(await components.allTextContents()).toEqual([
      String(expected.with.components),
      String(expected.without.components),
      `+${expected.change.components}`,
    ]);
    await page.getByTestId('indicator-cross-sector').waitFor();
    expect(await page.getByTestId('cross-share-after').textContent()).toMatch(/%$/);
    expect(await page.getByTestId('indicator-reach').textContent()).toContain(
      'Reach of CSOs: the share of CSOs',
    );
    await page.screenshot({
      path: join(screenshotDir, 'over-time-indicators-en.png'),
      fullPage: true,
    });
  });

  it('answers “did meeting lead to working together?” with the counts behind both shares', async () => {
    await page.getByTestId('over-time-tab-meeting').click();
    await page.getByTestId('meeting-table').waitFor({ timeout: 60_000 });
    const expected = meetingTies(data);
    const twelve = expected.overall.find((window) => window.months === 12)!;
    const cell = page.getByTestId('overall-12-attended');
    expect(Number(await cell.getAttribute('data-formed'))).toBe(twelve.attended.formed);
    expect(Number(await cell.getAttribute('data-pairs'))).toBe(twelve.attended.pairs);
    const baseline = page.getByTestId('overall-12-baseline');
    expect(Number(await baseline.getAttribute('data-pairs'))).toBe(twelve.baseline.pairs);
    expect(await page.getByTestId('meeting-row').count()).toBe(expected.events.length);
    expect(await page.getByTestId('meeting-caveat').textContent()).toContain(
      'association, not cause',
    );
    await page.getByTestId('meeting-chart').locator('svg').waitFor();
    await page.screenshot({
      path: join(screenshotDir, 'over-time-meeting-en.png'),
      fullPage: true,
    });
  });

  it('reads the same in Spanish', async () => {
    await page.getByTestId('lang-es').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByTestId('meeting-caveat').textContent()).toContain(
      'asociación, no una causa',
    );
    await page.getByTestId('over-time-tab-series').click();
    await page.getByTestId('series-table').waitFor({ timeout: 60_000 });
    const label = await page
      .getByTestId('series-chart-density')
      .locator('[role="img"]')
      .getAttribute('aria-label');
    expect(label).toMatch(/^Densidad por periodo: \d{4} /);
    await page.screenshot({ path: join(screenshotDir, 'over-time-es.png'), fullPage: true });
    await page.getByTestId('over-time-tab-indicators').click();
    await page.getByTestId('convener-date').first().waitFor({ timeout: 60_000 });
    await page.screenshot({
      path: join(screenshotDir, 'over-time-indicators-es.png'),
      fullPage: true,
    });
    await page.getByTestId('lang-en').click();
  });

  it('stays responsive during a long series, shows progress and cancels it', async () => {
    addLargeNetwork(app.project, 5000, 30_000, 11);
    await page.reload();
    await page.getByTestId('nav-over-time').click();
    const status = page.getByTestId('series-status');
    await status.and(page.locator('[data-state="running"]')).waitFor({ timeout: 60_000 });
    // The page answers clicks while the worker measures: the measure list opens.
    await page.locator('.measure-chooser details summary').click();
    expect(await page.locator('.measure-chooser details').getAttribute('open')).not.toBeNull();
    expect(await status.getAttribute('data-state')).toBe('running');
    await page.getByTestId('series-status-cancel').click();
    await expect
      .poll(() => status.getAttribute('data-state'), { timeout: 30_000 })
      .toBe('cancelled');
    await page.screenshot({ path: join(screenshotDir, 'over-time-cancelled-en.png') });
  });
});
