import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appRoot, buildApp } from './build-app.ts';
import { findChromium } from './find-chromium.ts';

/**
 * `npm test`: every test layer but benchmarks. Unit, integration and golden first; then the
 * app is built and the end-to-end layer runs in Chromium when one is found. With
 * TEJIDO_REQUIRE_BROWSER=1 (set by CI) a missing Chromium is a failure, so e2e can never be
 * skipped silently there. Ends with one "N passed, N failed" line over all layers.
 */
const e2eOnly = process.argv.includes('--e2e-only');
/** Any other arguments are vitest file filters, e.g. `npm run test:e2e -- map-screen`. */
const fileFilters = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const reports = mkdtempSync(join(tmpdir(), 'tejido-test-report-'));
const totals = { passed: 0, failed: 0, skipped: 0, exitCode: 0 };

function runVitest(projects: string[], label: string, env: NodeJS.ProcessEnv = {}): void {
  const report = join(reports, `${label}.json`);
  const vitest = join(appRoot, 'node_modules/vitest/vitest.mjs');
  const args = ['run', ...projects.flatMap((p) => ['--project', p]), ...fileFilters];
  const result = spawnSync(
    process.execPath,
    [vitest, ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: appRoot, stdio: 'inherit', env: { ...process.env, ...env } },
  );
  if (result.status !== 0) totals.exitCode = 1;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
    };
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests;
  } catch {
    totals.exitCode = 1;
    console.error(`The ${label} tests left no report; counting them as failed.`);
    totals.failed += 1;
  }
}

if (!e2eOnly) runVitest(['unit', 'integration', 'golden'], 'node');

const chromium = findChromium();
if (chromium) {
  buildApp();
  runVitest(['e2e'], 'e2e', { CHROME_PATH: chromium });
} else if (process.env.TEJIDO_REQUIRE_BROWSER === '1') {
  console.error(
    'End-to-end tests need Chromium and none was found (CHROME_PATH, /usr/bin/chromium).',
  );
  totals.exitCode = 1;
  totals.failed += 1;
} else {
  console.log(
    'End-to-end tests skipped: no Chromium found. Install it (Debian: apt-get install chromium) or set CHROME_PATH.',
  );
}

rmSync(reports, { recursive: true, force: true });
console.log(`\nTotal: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.exitCode);
