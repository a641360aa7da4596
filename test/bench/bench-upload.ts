import { startBrowserMode } from '../support/browser-mode.ts';

/**
 * `npm run bench -- upload`: how fast browser mode takes a file for import. A CSV of about
 * 40 MB is made in the page, dropped on the Import screen and uploaded; the time runs from
 * the click on "Upload and preview" until the preview starts reading the uploaded file.
 * The renderer must be built (`npm run build`, or TEJIDO_OUT_DIR). Median of 3 runs.
 */
const MEGABYTES = 40;
const RUNS = 3;

const app = await startBrowserMode();
try {
  const page = await app.browser.newPage();
  await page.goto(app.url);
  await page.getByTestId('project-name').waitFor();
  const seconds: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.getByTestId('nav-data').click();
    await page.getByTestId('nav-import').click();
    await page.getByTestId('import-drop-zone').waitFor();
    const dataTransfer = await page.evaluateHandle((megabytes) => {
      const transfer = new DataTransfer();
      // One column: the preview refuses it at the header, so reading it takes no time and
      // the next run's upload does not wait behind this run's preview.
      const line = 'Una línea de texto sin comas para medir la subida\n';
      const rows = line.repeat(Math.ceil((megabytes * 1024 * 1024) / line.length));
      transfer.items.add(new File([`nota\n${rows}`], 'subida.csv', { type: 'text/csv' }));
      return transfer;
    }, MEGABYTES);
    await page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer });
    const started = performance.now();
    await page.getByTestId('import-preview').click();
    // The preview (here: a file refused at its header) comes once the last chunk has arrived.
    await page.getByTestId('import-status').waitFor({ timeout: 600_000 });
    seconds.push((performance.now() - started) / 1000);
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-cancelled').waitFor();
  }
  const median = [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)]!;
  console.log(
    `| ${MEGABYTES} MB | ${median.toFixed(2)} s | ${(MEGABYTES / median).toFixed(1)} MB/s | ${seconds.map((s) => s.toFixed(2)).join(', ')} |`,
  );
} finally {
  await app.stop();
}
