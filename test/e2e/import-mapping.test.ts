import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, startBrowserMode } from '../support/browser-mode.ts';

/**
 * Column mapping in the Import wizard: a ties file whose headers no tool writes is read as
 * actors at first; the user reads it as ties, gives the columns their roles, sees the
 * preview follow each change (and a clear message for a role given twice), and imports.
 */
let app: Awaited<ReturnType<typeof startBrowserMode>>;
let page: Page;

const TIES = Buffer.from(
  'quien,con quien,relacion,monto\n' +
    'Mapeo Norte,Mapeo Sur,colaboración,5\n' +
    'Mapeo Sur,Mapeo Este,colaboración,2\n',
);

beforeAll(async () => {
  app = await startBrowserMode();
  const context = await app.browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1366, height: 900 },
  });
  page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(app.url);
  await page.getByTestId('project-name').waitFor();
});
afterAll(() => app?.stop());

/** Waits until the preview for the latest choices has arrived. */
async function previewed(): Promise<void> {
  await page.getByTestId('import-counts').waitFor();
  await page.getByTestId('import-previewing').waitFor({ state: 'detached' });
}

const role = (column: number) => page.getByTestId(`mapping-role-0-${column}`);

describe('Column mapping in the Import wizard', () => {
  it('shows each column with its recognised role', async () => {
    await page.getByTestId('lang-en').click();
    await page.getByTestId('nav-import').click();
    await page
      .getByTestId('import-file-input')
      .setInputFiles([{ name: 'red.csv', mimeType: 'text/csv', buffer: TIES }]);
    await page.getByTestId('import-preview').click();
    await previewed();
    expect(await page.getByTestId('mapping-table-kind-0').inputValue()).toBe('actors');
    expect(await page.getByTestId('mapping-column').count()).toBe(4);
    expect(await page.getByTestId('import-status').getAttribute('data-reason')).not.toBe('none');
  });

  it('reads the file as ties and follows each changed role in the preview', async () => {
    await page.getByTestId('mapping-table-kind-0').selectOption('ties');
    await previewed();
    // The recognition for ties finds "relacion" as the tie type.
    expect(await role(2).inputValue()).toBe('type');
    await role(0).selectOption('source');
    await previewed();
    await role(1).selectOption('target');
    await previewed();
    const ties = page.getByTestId('import-sample-tie');
    await expect.poll(() => ties.count()).toBe(2);
    expect(await ties.first().textContent()).toContain('Mapeo Norte');
    expect(await ties.first().textContent()).not.toContain('5');

    await role(3).selectOption('weight');
    await previewed();
    await expect.poll(() => ties.first().textContent()).toContain('5');
    expect(await page.getByTestId('import-status').getAttribute('data-reason')).toBe('none');
    await page.screenshot({ path: join(screenshotDir, 'import-mapping-en.png'), fullPage: true });
  });

  it('says so when two columns are given the same role, and blocks the import', async () => {
    await role(1).selectOption('source');
    await previewed();
    const fault = page.getByTestId('mapping-fault').first();
    await fault.waitFor();
    expect(await fault.textContent()).toContain('"quien", "con quien"');
    await page.getByTestId('import-problem-row').filter({ hasText: 'Source' }).first().waitFor();
    expect(await page.getByTestId('import-confirm').count()).toBe(0);
    await page.screenshot({
      path: join(screenshotDir, 'import-mapping-fault-en.png'),
      fullPage: true,
    });
    await role(1).selectOption('target');
    await previewed();
  });

  it('imports with the chosen mapping', async () => {
    await page.getByTestId('import-confirm').click();
    const done = page.getByTestId('import-done-summary');
    await done.waitFor();
    expect(await done.textContent()).toContain('2 ties');
  });

  it('says there is nothing to map for a GEXF file', async () => {
    const gexf =
      '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="g1" label="Gexf Uno"/><node id="g2" label="Gexf Dos"/></nodes><edges><edge source="g1" target="g2"/></edges></graph></gexf>';
    await page.getByTestId('import-another').click();
    await page
      .getByTestId('import-file-input')
      .setInputFiles([
        { name: 'red.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) },
      ]);
    await page.getByTestId('import-preview').click();
    await previewed();
    expect(await page.getByTestId('mapping-fixed').textContent()).toContain('fixed structure');
  });

  it('keeps the roles given to one file of a pair when the other is read as the other kind and back', async () => {
    // Choosing other files starts the wizard over.
    await page.getByTestId('import-file-input').setInputFiles([
      {
        name: 'par-nodos.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Id,Label\np1,Par Uno\np2,Par Dos\n'),
      },
      {
        name: 'par-vinculos.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('source,target,monto\np1,p2,7\n'),
      },
    ]);
    await page.getByTestId('import-preview').click();
    await previewed();
    // Table 0 is the nodes file, table 1 the ties file; "monto" is not recognised.
    const tiesRole = (column: number) => page.getByTestId(`mapping-role-1-${column}`);
    expect(await page.getByTestId('mapping-table-kind-1').inputValue()).toBe('ties');
    expect(await tiesRole(2).inputValue()).toBe('attribute');
    await tiesRole(2).selectOption('weight');
    await previewed();
    await expect.poll(() => tiesRole(2).inputValue()).toBe('weight');

    // Reading the nodes file as ties makes the ties file the actors table (the actors
    // table is listed first, so the two swap places on screen)…
    await page.getByTestId('mapping-table-kind-0').selectOption('ties');
    await previewed();
    await expect
      .poll(() => page.getByTestId('mapping-table-0').locator('label').first().textContent())
      .toContain('par-vinculos.csv');
    expect(await page.getByTestId('mapping-table-kind-0').inputValue()).toBe('actors');
    // …and back: the ties file has the weight the user gave it, not a fresh recognition.
    await page.getByTestId('mapping-table-kind-0').selectOption('ties');
    await previewed();
    await expect
      .poll(() => page.getByTestId('mapping-table-1').locator('label').first().textContent())
      .toContain('par-vinculos.csv');
    expect(await page.getByTestId('mapping-table-kind-1').inputValue()).toBe('ties');
    expect(await tiesRole(2).inputValue()).toBe('weight');
    expect(await page.getByTestId('mapping-role-0-1').inputValue()).toBe('name');
    const ties = page.getByTestId('import-sample-tie');
    await expect.poll(() => ties.first().textContent()).toContain('7');
    await page
      .locator('.column-mapping')
      .screenshot({ path: join(screenshotDir, 'import-mapping-pair-en.png') });
  });
});
