import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, startBrowserMode } from '../support/browser-mode.ts';

/**
 * The Import screen as people use it: a nodes CSV saved by Excel in Spanish (Windows-1252,
 * semicolons) and a ties CSV with bad rows, through the file input; the preview with its
 * problems; skip the bad rows; find the new actor on the Data screen; merge a duplicate;
 * export GEXF; and cancel an upload, leaving the project as it was.
 */
let app: Awaited<ReturnType<typeof startBrowserMode>>;
let page: Page;

// "Organización Señal": ó and ñ as the single bytes 0xF3 and 0xF1 (Windows-1252).
const NODES = Buffer.from(
  'id;nombre;sector\r\n' +
    'E2E-1;Organización Señal;Sociedad civil\r\n' +
    'E2E-2;Colectivo Río Sonora;Gobierno\r\n' +
    'E2E-3;Fundación Alba Prueba;\r\n' +
    'E2E-4;Fundacion Alba Prueba A.C.;\r\n',
  'latin1',
);
const TIES = Buffer.from(
  'source,target,type,weight,start\n' +
    'E2E-1,E2E-2,alliance,2,2021-01-01\n' +
    'E2E-2,E2E-3,alliance,x,2021-02-30\n' +
    'E2E-1,NADIE,alliance,1,\n' +
    'E2E-3,E2E-1,alliance,1,2020-05-05\n',
);

beforeAll(async () => {
  app = await startBrowserMode();
  const context = await app.browser.newContext({
    locale: 'es-MX',
    viewport: { width: 1366, height: 900 },
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

async function actorCount(): Promise<number> {
  await page.getByTestId('nav-data').click();
  const tab = page.getByTestId('data-tab-actors');
  await tab.waitFor();
  const match = /\((\d+)\)/.exec((await tab.textContent()) ?? '');
  return Number(match?.[1]);
}

async function openImport(): Promise<void> {
  await page.getByTestId('nav-import').click();
  await page.getByTestId('import-drop-zone').waitFor();
}

describe('Import screen in browser mode', () => {
  it('previews a Latin-1 nodes CSV and a ties CSV with their counts and problems', async () => {
    await openImport();
    await page.getByTestId('import-file-input').setInputFiles([
      { name: 'actores.csv', mimeType: 'text/csv', buffer: NODES },
      { name: 'vinculos.csv', mimeType: 'text/csv', buffer: TIES },
    ]);
    expect(await page.getByTestId('import-format').inputValue()).toBe('csv');
    await page.getByTestId('import-preview').click();
    const counts = page.getByTestId('import-counts');
    await counts.waitFor();
    expect(await counts.textContent()).toContain('4 actores por agregar');
    expect(await counts.textContent()).toContain('2 filas con errores');
    // The accents survived the Windows-1252 decoding.
    await page
      .getByTestId('import-sample-actor')
      .filter({ hasText: 'Organización Señal' })
      .waitFor();
    const unknown = page.getByTestId('import-problem-row').filter({ hasText: 'NADIE' });
    expect(await unknown.getAttribute('data-severity')).toBe('error');
    expect(await unknown.getByTestId('import-problem-row-number').textContent()).toBe('4');
    expect(await page.getByTestId('import-problem-row').first().getAttribute('data-severity')).toBe(
      'error',
    );
    await page.screenshot({ path: join(screenshotDir, 'import-preview-es.png'), fullPage: true });
  });

  it('filters the problems by severity', async () => {
    await page.getByTestId('import-problem-filter').selectOption('warning');
    const rows = page.getByTestId('import-problem-row');
    for (const severity of await rows.evaluateAll((all) => all.map((row) => row.dataset.severity)))
      expect(severity).toBe('warning');
    await page.getByTestId('import-problem-filter').selectOption('all');
  });

  it('shows the preview in English too', async () => {
    await page.getByTestId('lang-en').click();
    await expect
      .poll(() => page.getByTestId('import-counts').textContent())
      .toContain('4 actors to add');
    await page.screenshot({ path: join(screenshotDir, 'import-preview-en.png'), fullPage: true });
    await page.getByTestId('lang-es').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
  });

  it('skips the rows with problems, imports the rest and lists the import', async () => {
    await page.getByTestId('import-skip-bad-rows').click();
    const done = page.getByTestId('import-done-summary');
    await done.waitFor();
    expect(await done.textContent()).toContain('4 actores agregados');
    await page.getByTestId('import-history-row').filter({ hasText: 'actores.csv' }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'import-done-es.png'), fullPage: true });
  });

  it('finds the new actor on the Data screen', async () => {
    await page.getByTestId('import-go-to-data').click();
    await page.getByTestId('actors-table').waitFor();
    await page.getByTestId('actor-search').fill('Señal');
    await page.getByTestId('actor-row').filter({ hasText: 'Organización Señal' }).waitFor();
    await page.getByTestId('actor-search').fill('');
  });

  it('proposes the two spellings of one foundation as duplicates and merges them', async () => {
    await openImport();
    const pair = page.getByTestId('duplicate-row').filter({ hasText: 'Fundacion Alba Prueba' });
    await pair.getByTestId('duplicate-merge').click();
    await page.getByTestId('merge-dialog').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'import-merge-es.png') });
    await page.getByTestId('merge-confirm').click();
    await page.getByTestId('merge-dialog').waitFor({ state: 'detached' });
    await pair.waitFor({ state: 'detached' });
  });

  it('exports GEXF as a download', async () => {
    await page.getByTestId('export-format').selectOption('gexf');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-button').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text).toContain('<gexf');
    expect(text).toContain('Organización Señal');
    await page.getByTestId('export-done').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'import-export-es.png'), fullPage: true });
  });

  it('takes a file dropped on the drop zone and detects its format', async () => {
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      const gexf = '<?xml version="1.0"?><gexf version="1.3"><graph/></gexf>';
      transfer.items.add(new File([gexf], 'red-gephi.gexf', { type: 'application/xml' }));
      return transfer;
    });
    await page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer });
    await page.getByTestId('import-chosen').filter({ hasText: 'red-gephi.gexf' }).waitFor();
    expect(await page.getByTestId('import-format').inputValue()).toBe('gexf');
  });

  it('cancels an upload and leaves the project unchanged', async () => {
    const before = await actorCount();
    await openImport();
    // About 30 MB, made in the page and dropped (quicker than sending it through the
    // protocol), uploaded 8 MiB a call. Each call is held back a moment, so the upload is
    // still going when Cancel is clicked however fast the machine is.
    await page.route('**/api/uploads.append', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      const rows = 'X-1,Alguien que no debe llegar\n'.repeat(1_000_000);
      transfer.items.add(new File([`id,name\n${rows}`], 'grande.csv', { type: 'text/csv' }));
      return transfer;
    });
    await page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer });
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-progress').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'import-progress-es.png') });
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-cancelled').waitFor();
    expect(await page.getByTestId('import-progress').count()).toBe(0);
    await page.unroute('**/api/uploads.append');
    expect(await actorCount()).toBe(before);
  });
});
