import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDates } from '../../shared/temporal/before-after.ts';
import { convenerDependence } from '../../shared/temporal/convener-dependence.ts';
import { crossSectorShare } from '../../shared/temporal/cross-sector-share.ts';
import { meetingTies } from '../../shared/temporal/meeting-ties.ts';
import { memberTieGains } from '../../shared/temporal/member-gains.ts';
import { newAlliances } from '../../shared/temporal/new-alliances.ts';
import { sectorReach } from '../../shared/temporal/sector-reach.ts';
import { snapshotAt } from '../../shared/temporal/snapshots.ts';
import type { TimelineData } from '../../shared/temporal/timeline-data.ts';
import { defaultDates, likelyConvener } from '../../renderer/features/over-time/screen-defaults.ts';
import { timelineBounds } from '../../renderer/features/over-time/timeline-bounds.ts';
import { REPORT_MEETING_WINDOWS } from '../../renderer/features/report/ReportMeeting.tsx';
import { eventsBetween, REPORT_MEASURES } from '../../renderer/features/report/report-model.ts';
import { screenshotDir, startBrowserMode } from '../support/browser-mode.ts';
import { readTimeline } from '../support/project-data.ts';

/**
 * The Report screen in browser mode on a copy of the sample project. Every headline number is
 * checked against shared/temporal run here on the same project file.
 */
let app: Awaited<ReturnType<typeof startBrowserMode>>;
let page: Page;
let data: TimelineData;

beforeAll(async () => {
  app = await startBrowserMode();
  data = readTimeline(app.project);
  const context = await app.browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 1000 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(app.url);
  await page.getByTestId('project-name').waitFor();
  await page.getByTestId('nav-report').click();
  await page.getByTestId('report-screen').waitFor();
});
afterAll(() => app?.stop());

const numberOf = (text: string | null): number | null =>
  text === null || text === '' ? null : Number(text);

/** Every headline number on the page against shared/temporal for the same two days. */
async function expectReportFor(before: string, after: string): Promise<void> {
  await expect
    .poll(() => page.getByTestId('report-period').textContent())
    .toBe(`From ${before} to ${after}`);
  const total = page.getByTestId('report-alliances-total');
  await total.waitFor({ timeout: 60_000 });
  const alliances = newAlliances(data, { label: before, start: before, end: after });
  await expect.poll(() => total.getAttribute('data-value')).toBe(String(alliances.total));

  const first = snapshotAt(data, before);
  const second = snapshotAt(data, after);
  expect(numberOf(await page.getByTestId('report-cross-before').getAttribute('data-value'))).toBe(
    crossSectorShare(first).share,
  );
  expect(numberOf(await page.getByTestId('report-cross-after').getAttribute('data-value'))).toBe(
    crossSectorShare(second).share,
  );

  const reach = { before: sectorReach(first), after: sectorReach(second) };
  const reachRows = await page.getByTestId('report-reach-row').evaluateAll((rows) =>
    rows.map((row) => ({
      sector: row.getAttribute('data-sector'),
      before: row.getAttribute('data-before'),
      after: row.getAttribute('data-after'),
    })),
  );
  expect(reachRows.map((row) => row.sector)).toEqual(reach.after.bySector.map((r) => r.sector));
  for (const row of reachRows) {
    const earlier = reach.before.bySector.find((r) => r.sector === row.sector)?.share ?? null;
    const later = reach.after.bySector.find((r) => r.sector === row.sector)?.share ?? null;
    expect(numberOf(row.before)).toBe(earlier);
    expect(numberOf(row.after)).toBe(later);
  }

  const gains = memberTieGains(data, before, after);
  for (const group of ['members', 'nonMembers'] as const) {
    const shown = await page.getByTestId(`report-gains-${group}`).getAttribute('data-per-actor');
    expect(numberOf(shown)).toBe(gains[group].perActor);
  }

  const measures = compareDates(data, before, after).measures;
  for (const key of REPORT_MEASURES) {
    const row = page.getByTestId(`report-measure-${key}`);
    const expected = measures.find((item) => item.measure === key)!;
    expect(numberOf(await row.getAttribute('data-before'))).toBe(expected.before);
    expect(numberOf(await row.getAttribute('data-after'))).toBe(expected.after);
  }

  const convener = likelyConvener(data)!;
  await page.getByTestId('report-convener-table').waitFor({ timeout: 60_000 });
  const convenerCells = await page
    .getByTestId('report-convener-largestComponentShare')
    .locator('td')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-value')));
  expect(convenerCells.map(numberOf)).toEqual(
    [before, after].map(
      (day) => convenerDependence(data, convener, day).change.largestComponentShare,
    ),
  );

  const meeting = meetingTies(eventsBetween(data, before, after), {
    windows: REPORT_MEETING_WINDOWS,
  });
  for (const window of meeting.overall) {
    const row = page.getByTestId(`report-meeting-${window.months}`);
    await row.waitFor({ timeout: 60_000 });
    expect(numberOf(await row.getAttribute('data-attended'))).toBe(window.attended.share);
    expect(numberOf(await row.getAttribute('data-baseline'))).toBe(window.baseline.share);
  }
}

describe('the Report screen', () => {
  it('reports the sample between its first and last survey waves, as shared/temporal computes', async () => {
    const dates = defaultDates(data, timelineBounds(data))!;
    expect(await page.getByTestId('report-project').textContent()).toContain('Project: ');
    const source = await page.getByTestId('report-source').textContent();
    expect(source).toContain(`${data.actors.length} actors and ${data.ties.length} ties`);
    expect(source).toContain(`${data.waves.length} survey waves, ${data.events.length} events`);
    const surveyTies = data.ties.filter((tie) => tie.evidence === 'survey').length;
    expect(source).toContain(`${surveyTies} survey`);
    await expectReportFor(dates.before, dates.after);
    expect(await page.getByTestId('report-meeting-caveat').textContent()).toContain(
      'association, not cause',
    );
    await page.screenshot({ path: join(screenshotDir, 'report-en.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('report-print').isVisible()).toBe(false);
    expect(await page.getByTestId('nav-data').isVisible()).toBe(false);
    await page.screenshot({ path: join(screenshotDir, 'report-print-en.png'), fullPage: true });
    // The sample's report fits one A4 page, and one Letter page, as the browser prints it.
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.screenshot({ path: join(screenshotDir, 'report-print-a4-en.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 1000 });
    const pageCount = async (format: 'A4' | 'Letter') => {
      const pdf = await page.pdf({ format });
      return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    };
    const counts = { a4: await pageCount('A4'), letter: await pageCount('Letter') };
    await page.emulateMedia({ media: 'screen' });
    expect(counts).toEqual({ a4: 1, letter: 1 });
  });

  it('downloads the key-measures table as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-csv').click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain('Measure');
    expect(lines).toHaveLength(1 + REPORT_MEASURES.length);
    expect(lines[1]).toMatch(/^Density,/);
  });

  it('follows other dates', async () => {
    const waves = data.waves.map((wave) => wave.date as string).sort();
    const dates = defaultDates(data, timelineBounds(data))!;
    const after = waves.length >= 3 ? waves[1]! : waves.at(-1)!;
    const before = waves.length >= 3 ? dates.before : '2018-06-01';
    await page.getByTestId('dates-before').fill(before);
    await page.getByTestId('dates-after').fill(after);
    await expectReportFor(before, after);
  });

  it('reads in Spanish', async () => {
    await page.getByTestId('lang-es').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('#screen-title').textContent()).toBe(
      'Informe de resultados sistémicos',
    );
    expect(await page.getByTestId('report-meeting-caveat').textContent()).toContain(
      'asociación, no una causa',
    );
    expect(await page.getByTestId('report-print').textContent()).toBe(
      'Imprimir / guardar como PDF',
    );
    await page.screenshot({ path: join(screenshotDir, 'report-es.png'), fullPage: true });
    await page.getByTestId('lang-en').click();
  });
});
