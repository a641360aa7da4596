/**
 * Where the Map screen's main thread goes on a generated project: every long task (Long Tasks
 * API, over 50 ms) from clicking "Map" until the page is quiet, and the heaviest functions of a
 * CPU profile, overall and inside each task over --limit ms. Not a timed test: nothing is
 * asserted. For names rather than minified ones, build without minifying:
 *
 *   TEJIDO_NO_MINIFY=1 TEJIDO_OUT_DIR=/tmp/out-profile npx electron-vite build
 *   TEJIDO_OUT_DIR=/tmp/out-profile npx tsx scripts/profile-map-data.ts --actors 20000 \
 *     [--ties-per-actor 5] [--limit 200] [--top 12] [--out DIR] [--filter] [--dates D1,D2]
 *     [--data-shown] [--unprofiled-dates]
 *
 * The click on Map comes once the Data screen's requests are done and the page is quiet;
 * with --data-shown, once the Data screen shows its actors (as bench-map clicks).
 * --unprofiled-dates lists the date steps' tasks without profiling them: starting the CPU
 * profiler on a page holding a large map is itself a task of up to 0.2 s.
 * --filter also clicks the first sector of the sector filter once the map is quiet and reports
 * that step's tasks separately (filters, looks, legend and the redraw they cause). --dates
 * dates the ties (2020 and 2021, see writeMapProject) and types each date into the map's date
 * field in turn, reporting each step (snapshot, measures, filters, looks, redraw). --out
 * writes the CPU profiles there (open them in Chrome DevTools).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { heaviestFunctions, type CpuProfile } from './cpu-profile-summary.ts';
import { serveProject, writeMapProject } from './map-project.ts';

declare const document: { querySelector(selector: string): unknown };
declare const window: {
  __tasks?: Task[];
  sessionStorage: { setItem(key: string, value: string): void };
};

type Profile = CpuProfile & { startTime: number };

/** The map's data path, by function name: their inclusive times are printed on their own. */
const DATA_PATH = [
  'JSON.parse',
  'parse',
  'call',
  'useMapData',
  'timeRange',
  'networkAtDate',
  'mapSnapshotAt',
  'snapshotAt',
  'selectNetwork',
  'fetchNetwork',
  'readPages',
  'parseInSlices',
  'measureMap',
  'measureInput',
  'quickMeasures',
  'useMapMeasures',
  'shownAtDate',
  'filterMap',
  'canvasSets',
  'nodesAtDate',
  'nodeLooks',
  'edgeLooks',
  'buildLegend',
  'placeNewActors',
  'quietLabels',
  'countByKey',
  'measuresFromColumns',
];

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Task {
  start: number;
  duration: number;
}

type Samples = { node: number; ms: number }[];

function frameName(node: Node): string {
  const file = node.callFrame.url.split('/').pop() ?? '';
  return `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
}

/**
 * The profile's samples inside each task, by time: sample times are µs on the profile's clock,
 * tasks are ms on the page's, and `pageStart` is the page's clock when the profile started.
 */
function samplesByTask(profile: Profile, pageStart: number, tasks: readonly Task[]): Samples[] {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const result: Samples[] = tasks.map(() => []);
  let time = pageStart;
  samples.forEach((node, index) => {
    time += (deltas[index] ?? 0) / 1000;
    const ms = (deltas[index + 1] ?? 0) / 1000;
    tasks.forEach((task, at) => {
      if (time >= task.start && time < task.start + task.duration) result[at]!.push({ node, ms });
    });
  });
  return result;
}

/** Inclusive time per function over some samples (each function counted once per sample). */
function inclusiveTimes(profile: CpuProfile, samples: Samples): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node as Node]));
  const totals = new Map<string, number>();
  for (const sample of samples) {
    const seen = new Set<string>();
    for (let id: number | undefined = sample.node; id !== undefined; id = parent.get(id)) {
      const node = nodes.get(id)!;
      const name = frameName(node);
      if (seen.has(name)) continue;
      seen.add(name);
      totals.set(name, (totals.get(name) ?? 0) + sample.ms);
    }
  }
  return totals;
}

function top(totals: Map<string, number>, count: number, keep: (name: string) => boolean) {
  return [...totals.entries()]
    .filter(([name]) => keep(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
}

const GENERIC =
  /^\((root|program|garbage collector|anonymous)\)|^\(anonymous\) |^(performWorkUntilDeadline|flushWork|workLoop|workLoopSync|renderRootSync|performWorkOnRoot|performSyncWorkOnRoot|commitRoot|flushSyncWorkAcrossRoots|flushSyncWorkAcrossRoots_impl|processRootScheduleInMicrotask|performWorkOnRootViaSchedulerTask|runWithFiberInDEV|beginWork|performUnitOfWork|commitRootImpl|flushPassiveEffects|flushPassiveEffectsImpl|recursivelyTraversePassiveMountEffects|commitPassiveMountOnFiber|renderWithHooks|updateFunctionComponent|mountIndeterminateComponent|updateMemo|mountMemo) /;

function printProfile(
  label: string,
  { profile, pageStart }: { profile: Profile; pageStart: number },
  tasks: readonly Task[],
  limit: number,
  count: number,
): void {
  const long = tasks.filter((task) => task.duration > limit);
  const inTasks = samplesByTask(profile, pageStart, long);
  console.log(`\n== ${label}: what runs in each task over ${limit} ms (inclusive, CPU profile)`);
  long.forEach((task, at) => {
    console.log(`-- task at ${(task.start / 1000).toFixed(2)} s, ${task.duration.toFixed(0)} ms`);
    for (const [name, ms] of top(
      inclusiveTimes(profile, inTasks[at]!),
      count,
      (name) => !GENERIC.test(name),
    ))
      console.log(`   ${ms.toFixed(0).padStart(7)} ms  ${name}`);
  });
  const all = (profile.samples ?? []).map((node, index) => ({
    node,
    ms: (profile.timeDeltas?.[index + 1] ?? 0) / 1000,
  }));
  const totals = inclusiveTimes(profile, all);
  console.log(`\n== ${label}: the map's data path (inclusive ms over the whole span)`);
  for (const [name, ms] of top(totals, 40, (name) => DATA_PATH.includes(name.split(' ')[0]!)))
    console.log(`   ${ms.toFixed(0).padStart(7)} ms  ${name}`);
  console.log(`\n== ${label}: heaviest functions by self time`);
  for (const line of heaviestFunctions(profile, count))
    console.log(`   ${line.selfMs.toFixed(0).padStart(7)} ms  ${line.name}`);
}

/** Waits until no long task has started for `quietMs` (the page settled), at most `maxMs`. */
async function quiet(page: Page, quietMs: number, maxMs: number): Promise<void> {
  const until = Date.now() + maxMs;
  for (;;) {
    const last = await page.evaluate(() => {
      const tasks = window.__tasks ?? [];
      const end = tasks.length ? Math.max(...tasks.map((t) => t.start + t.duration)) : 0;
      return performance.now() - end;
    });
    if (last >= quietMs || Date.now() > until) return;
    await page.waitForTimeout(Math.max(200, quietMs - last));
  }
}

async function takeTasks(page: Page): Promise<Task[]> {
  return page.evaluate(() => {
    const tasks = window.__tasks ?? [];
    window.__tasks = [];
    return tasks;
  });
}

function printTasks(label: string, tasks: readonly Task[], limit: number): void {
  const over = tasks.filter((task) => task.duration > limit);
  const longest = Math.max(0, ...tasks.map((task) => task.duration));
  console.log(
    `\n== ${label}: ${tasks.length} long tasks (> 50 ms), ${over.length} over ${limit} ms, longest ${longest.toFixed(0)} ms`,
  );
  for (const task of tasks)
    console.log(
      `   at ${(task.start / 1000).toFixed(2)} s  ${task.duration.toFixed(0).padStart(6)} ms${task.duration > limit ? '  <--' : ''}`,
    );
}

async function startProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  // A marked busy spell of 20 ms at a known time of the page's clock: where its samples fall in
  // the profile maps the page's long tasks onto the profile's samples, to a millisecond.
  const markAt = (await page.evaluate(
    `(function tejidoProfileMark() {
      const start = performance.now();
      while (performance.now() - start < 20) {}
      return start;
    })()`,
  )) as number;
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: Profile;
    };
    await cdp.detach();
    return { profile, pageStart: markAt - markOffset(profile) };
  };
}

/** Ms from the profile's start to the first sample inside tejidoProfileMark (0 if none). */
function markOffset(profile: Profile): number {
  const marked = new Set(
    profile.nodes
      .filter((node) => node.callFrame.functionName === 'tejidoProfileMark')
      .map((node) => node.id),
  );
  let time = 0;
  const samples = profile.samples ?? [];
  for (let index = 0; index < samples.length; index += 1) {
    time += (profile.timeDeltas?.[index] ?? 0) / 1000;
    if (marked.has(samples[index]!)) return time;
  }
  return 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      actors: { type: 'string', default: '5000' },
      'ties-per-actor': { type: 'string', default: '4' },
      limit: { type: 'string', default: '200' },
      top: { type: 'string', default: '12' },
      out: { type: 'string' },
      filter: { type: 'boolean', default: false },
      // Dates to type into the map's date field one after the other, e.g. 2020-06-01,2021-06-01.
      dates: { type: 'string' },
      // Click Map once the Data screen shows its actors, as bench-map does, not once it is quiet.
      'data-shown': { type: 'boolean', default: false },
      // Date steps without the CPU profiler, whose start pauses the page in a task of its own.
      'unprofiled-dates': { type: 'boolean', default: false },
    },
  });
  const actors = Number(values.actors);
  const limit = Number(values.limit);
  const count = Number(values.top);
  const tiesPerActor = Number(values['ties-per-actor']);
  const home = mkdtempSync(join(tmpdir(), 'tejido-profile-map-'));
  const project = join(home, `profile-${actors}.tejido`);
  const dates = values.dates ? values.dates.split(',') : [];
  // With --dates the ties get spells (see writeMapProject), so the dates change the picture.
  writeMapProject(project, actors, { tiesPerActor, dated: dates.length > 0 });
  const { url, server } = await serveProject(project, home);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  console.log(`${actors} actors, ${tiesPerActor} ties per actor asked; load average ${load()}`);
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript(() => window.sessionStorage.setItem('tejido:test', '1'));
    await context.addInitScript({ content: 'window.__name = (f) => f;' });
    await context.addInitScript({
      content: `window.__tasks = []; new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.__tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });`,
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    // Which backend calls the map makes, and how big their answers are.
    const calls: string[] = [];
    page.on('response', (response) => {
      const name = /\/api\/([^?]+)/.exec(response.url())?.[1];
      if (name)
        void response
          .body()
          .then((body) =>
            calls.push(`${decodeURIComponent(name)} ${(body.length / 1e6).toFixed(2)} MB`),
          )
          .catch(() => calls.push(decodeURIComponent(name)));
    });
    // Backend calls still running: the Data screen (the first screen) loads every actor and tie
    // in the background; its answers must be in before the map is measured.
    let running = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/')) running += 1;
    });
    const settled = (request: { url(): string }) => {
      if (request.url().includes('/api/')) running -= 1;
    };
    page.on('requestfinished', settled);
    page.on('requestfailed', settled);
    await page.goto(url);
    await page.getByTestId('nav-data').waitFor();
    if (values['data-shown']) {
      await page.locator('#data-panel-actors').waitFor({ timeout: 600_000 });
    } else {
      for (let idle = 0; idle < 3;) {
        await page.waitForTimeout(1000);
        idle = running === 0 ? idle + 1 : 0;
      }
      await quiet(page, 3000, 120_000);
    }
    await takeTasks(page);
    calls.length = 0;
    const stop = await startProfile(page);
    const started = Date.now();
    await page.getByTestId('nav-map').click();
    // Plain DOM checks every half second: Playwright's locators poll with a heavy selector
    // engine that shows up as long tasks of its own on a busy page.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="map-canvas"][data-layout="idle"]') !== null,
      undefined,
      { timeout: 900_000, polling: 500 },
    );
    await quiet(page, 3000, 600_000);
    const openMs = Date.now() - started;
    const profile = await stop();
    const tasks = await takeTasks(page);
    console.log(`\nopening the map: ${(openMs / 1000).toFixed(1)} s until laid out and quiet`);
    console.log(`backend calls: ${calls.join(', ')}`);
    printTasks('opening the map', tasks, limit);
    printProfile('opening the map', profile, tasks, limit, count);
    if (values.out) {
      mkdirSync(values.out, { recursive: true });
      writeFileSync(join(values.out, `open-${actors}.cpuprofile`), JSON.stringify(profile.profile));
    }
    if (values.filter) {
      const stopFilter = await startProfile(page);
      await page.getByTestId('map-filter-sector').locator('summary').click();
      await page.getByTestId('map-filter-sector-option').first().click();
      await quiet(page, 3000, 300_000);
      const filterProfile = await stopFilter();
      const filterTasks = await takeTasks(page);
      printTasks('one sector filter click', filterTasks, limit);
      printProfile('one sector filter click', filterProfile, filterTasks, limit, count);
      if (values.out)
        writeFileSync(
          join(values.out, `filter-${actors}.cpuprofile`),
          JSON.stringify(filterProfile.profile),
        );
    }
    for (const date of dates) {
      const stopDate = values['unprofiled-dates'] ? null : await startProfile(page);
      await page.getByTestId('map-date').fill(date);
      await quiet(page, 3000, 300_000);
      const dateProfile = await stopDate?.();
      const dateTasks = await takeTasks(page);
      printTasks(`moving the date to ${date}`, dateTasks, limit);
      if (dateProfile)
        printProfile(`moving the date to ${date}`, dateProfile, dateTasks, limit, count);
    }
    console.log(`\nload average after: ${load()}`);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    rmSync(home, { recursive: true, force: true });
  }
}

await main();
