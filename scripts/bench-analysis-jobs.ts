/**
 * How long the Measures screen waits for its analysis, job after job, in headless Chromium
 * (a benchmark: nothing is asserted).
 *
 *   npx electron-vite build && npx tsx scripts/bench-analysis-jobs.ts [--sizes 300,1000,3000]
 *     [--jobs 8]
 *
 * For each size it writes a generated project (scripts/map-project.ts: clustered, weights
 * 1–4), serves it with `tejido serve` (the build in TEJIDO_OUT_DIR when set, to compare two
 * checkouts), opens Measures and then ticks and unticks "weighted" --jobs times, each a new
 * job. A job's time runs from the page posting it to its worker until the page receives the
 * answer: the worker's start when it is a new one, the build of the network, every measure,
 * and both copies between threads; not the fetch of the network nor drawing the table. It
 * prints the first job (a new worker, V8 compiling the engine as it runs), the median of the
 * later ones, unweighted and weighted apart, and how many analysis workers the page started;
 * then the Without an actor panel's job for two actors in turn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchHeadlessChromium } from './headless-chromium.ts';
import { serveProject, writeMapProject } from './map-project.ts';

interface JobTime {
  task: string;
  weighted: boolean;
  ms: number;
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '300,1000,3000' },
    jobs: { type: 'string', default: '8' },
  },
});

/**
 * Run in the page before its own scripts (plain JavaScript, as the page runs it): wraps
 * Worker.prototype.postMessage so each analysis request (it has a `task` and `settings`) is
 * noted with the time it was posted and the time its answer (any message with its id that is
 * not progress) arrived.
 */
const recordJobs = `
  const jobs = [];
  window.tejidoJobs = jobs;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.task !== undefined && message.settings !== undefined) {
      const job = {
        task: message.task,
        weighted: message.settings.weighted,
        start: performance.now(),
        end: 0,
      };
      jobs.push(job);
      this.addEventListener('message', (event) => {
        const data = event.data;
        if (job.end === 0 && data && data.id === message.id && data.kind !== 'progress')
          job.end = performance.now();
      });
    }
    return post.call(this, message, ...rest);
  };
`;

/** The page's global with the jobs recordJobs notes. */
declare const window: {
  tejidoJobs: { task: string; weighted: boolean; start: number; end: number }[];
};

async function jobsDone(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const jobs = window.tejidoJobs;
      return jobs.length >= wanted && jobs.slice(0, wanted).every((job) => job.end > 0);
    },
    count,
    { timeout: 600_000, polling: 20 },
  );
}

async function benchSize(actors: number, jobs: number): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'tejido-bench-jobs-'));
  const project = join(home, 'bench.tejido');
  writeMapProject(project, actors);
  const { url, server } = await serveProject(project, home);
  const browser = await launchHeadlessChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    let workers = 0;
    page.on('worker', (worker) => {
      if (worker.url().includes('analysis')) workers += 1;
    });
    await page.addInitScript({ content: recordJobs });
    await page.goto(url);
    await page.getByTestId('project-name').waitFor();
    await page.getByTestId('nav-measures').click();
    await jobsDone(page, 1);
    for (let job = 1; job <= jobs; job += 1) {
      await page.getByTestId('measures-weighted').click();
      await jobsDone(page, job + 1);
    }
    // Then the network without an actor, for two actors in turn (settings as last left).
    for (const index of [1, 2]) {
      await page.getByTestId('without-actor').selectOption({ index });
      await jobsDone(page, jobs + 1 + index);
    }
    const times = await page.evaluate(() =>
      window.tejidoJobs.map((job) => ({
        task: job.task,
        weighted: job.weighted,
        ms: job.end - job.start,
      })),
    );
    report(actors, times, workers);
  } finally {
    await browser.close();
    server.kill();
    rmSync(home, { recursive: true, force: true });
  }
}

function report(actors: number, jobs: JobTime[], workers: number): void {
  const times = jobs.filter((job) => job.task === 'analyze');
  const without = jobs.filter((job) => job.task === 'withoutActor');
  const [first, ...later] = times;
  const median = (weighted: boolean) => {
    const sorted = later
      .filter((job) => job.weighted === weighted)
      .map((job) => job.ms)
      .sort((a, b) => a - b);
    return sorted.length === 0 ? '—' : `${sorted[sorted.length >> 1]!.toFixed(0)} ms`;
  };
  console.log(
    `${String(actors).padStart(6)} actors  first ${first!.ms.toFixed(0).padStart(5)} ms` +
      `  then unweighted ${median(false).padStart(7)}, weighted ${median(true).padStart(7)}` +
      `  (${later.length} later jobs: ${later.map((job) => job.ms.toFixed(0)).join(' ')};` +
      ` ${workers} analysis worker${workers === 1 ? '' : 's'} started)` +
      `  without an actor: ${without.map((job) => `${job.ms.toFixed(0)} ms`).join(', ')}` +
      ` (${without[0]?.weighted ? 'weighted' : 'unweighted'})`,
  );
}

console.log(
  `Measures analysis jobs in headless Chromium, build ${process.env.TEJIDO_OUT_DIR ?? 'out/'}; load average ${loadavg()[0]!.toFixed(1)}`,
);
for (const size of values.sizes.split(',').map(Number)) await benchSize(size, Number(values.jobs));
console.log(`load average after: ${loadavg()[0]!.toFixed(1)}`);
