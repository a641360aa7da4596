import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, startBrowserMode } from '../support/browser-mode.ts';

/**
 * The foundation's end-to-end path: browser mode on a copy of the sample project, switch
 * language both ways, add an actor and a tie through the UI, reload, see both persisted.
 */
let app: Awaited<ReturnType<typeof startBrowserMode>>;
let page: Page;

const ACTOR = 'Colectivo Prueba Extremo a Extremo';

beforeAll(async () => {
  app = await startBrowserMode();
  const context = await app.browser.newContext({
    locale: 'es-MX',
    viewport: { width: 1366, height: 860 },
  });
  page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(app.url);
  await page.getByTestId('project-name').waitFor();
});
afterAll(() => app?.stop());

describe('Data screen in browser mode', () => {
  it('opens on the sample project in the system language (Spanish)', async () => {
    expect(await page.getByTestId('project-name').textContent()).toContain('Ejemplo');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.getByTestId('nav-data').click();
    await page.getByTestId('actors-table').waitFor();
    expect(await page.getByTestId('actor-row').count()).toBe(72);
  });

  it('switches to English and back to Spanish', async () => {
    const navText = () => page.getByTestId('nav-data').textContent();
    const spanish = await navText();
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    const english = await navText();
    expect(english).not.toBe(spanish);
    await page.screenshot({ path: join(screenshotDir, 'data-screen-en.png') });
    await page.getByTestId('lang-es').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    expect(await navText()).toBe(spanish);
  });

  it('adds an actor through the form', async () => {
    await page.getByTestId('actor-add').click();
    await page.getByTestId('actor-form').waitFor();
    await page.getByTestId('actor-name').fill(ACTOR);
    await page.getByTestId('actor-sector').selectOption('cso');
    await page.getByTestId('actor-save').click();
    await page.getByTestId('actor-form').waitFor({ state: 'detached' });
    await page.getByTestId('actor-row').filter({ hasText: ACTOR }).waitFor();
  });

  it('shows the field that is wrong when a tie is incomplete', async () => {
    await page.getByTestId('data-tab-ties').click();
    await page.getByTestId('tie-add').click();
    await page.getByTestId('tie-save').click();
    expect(await page.locator('#tie-source-error').textContent()).toBeTruthy();
    expect(await page.getByTestId('tie-form').isVisible()).toBe(true);
  });

  it('adds a potential tie with a start date', async () => {
    await page.getByTestId('tie-source').selectOption({ label: ACTOR });
    const target = await page.getByTestId('tie-target').locator('option').nth(1).textContent();
    await page.getByTestId('tie-target').selectOption({ label: target ?? '' });
    await page.getByTestId('tie-type').selectOption('alliance');
    await page.getByTestId('tie-status').selectOption('potential');
    await page.getByTestId('tie-start').fill('2020-03-01');
    await page.getByTestId('tie-save').click();
    await page.getByTestId('tie-form').waitFor({ state: 'detached' });
    await page.getByTestId('tie-row').filter({ hasText: ACTOR }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'data-screen-ties-es.png') });
  });

  it('keeps the actor and the tie after a reload', async () => {
    await page.reload();
    await page.getByTestId('nav-data').click();
    await page.getByTestId('actor-search').fill(ACTOR);
    await page.getByTestId('actor-row').filter({ hasText: ACTOR }).waitFor();
    await page.getByTestId('data-tab-ties').click();
    // Tables show 100 rows a page: search, so the check does not depend on sort order.
    await page.getByTestId('tie-search').fill('Extremo a Extremo');
    await page.getByTestId('tie-row').filter({ hasText: ACTOR }).waitFor();
    await page.getByTestId('data-tab-actors').click();
    await page.getByTestId('actor-search').fill('Extremo a Extremo');
    await page.screenshot({ path: join(screenshotDir, 'data-screen-es.png'), fullPage: false });

    const db = new Database(app.project, { readonly: true });
    const actor = db.prepare('SELECT id, sector FROM actors WHERE name = ?').get(ACTOR) as {
      id: string;
      sector: string;
    };
    expect(actor.sector).toBe('cso');
    const tie = db
      .prepare('SELECT status, type, spells FROM ties WHERE source = ? OR target = ?')
      .get(actor.id, actor.id) as { status: string; type: string; spells: string };
    expect(tie).toMatchObject({ status: 'potential', type: 'alliance' });
    expect(JSON.parse(tie.spells)).toEqual([{ start: '2020-03-01', end: null }]);
    const logged = db
      .prepare('SELECT count(*) FROM changes WHERE entity_id = ?')
      .pluck()
      .get(actor.id);
    expect(logged).toBe(1);
    db.close();
  });

  it('undoes and redoes the last edit from the header and with Ctrl+Z / Ctrl+Y', async () => {
    await page.getByTestId('data-tab-ties').click();
    await page.getByTestId('tie-search').fill('Extremo a Extremo');
    const rows = page.getByTestId('tie-row').filter({ hasText: ACTOR });
    await rows.waitFor();
    await page.getByTestId('undo').click();
    await rows.waitFor({ state: 'detached' });
    await page.getByTestId('redo').click();
    await rows.waitFor();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const enabled = (id: string) =>
      page.waitForFunction((testId) => {
        const button = document.querySelector(`[data-testid="${testId}"]`);
        return button instanceof HTMLButtonElement && !button.disabled;
      }, id);
    await enabled('undo');
    await page.keyboard.press('Control+z');
    await rows.waitFor({ state: 'detached' });
    await enabled('redo');
    await page.keyboard.press('Control+y');
    await rows.waitFor();
    await page.screenshot({ path: join(screenshotDir, 'data-screen-undo-es.png') });
  });
});
