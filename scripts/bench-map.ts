/**
 * Benchmark of the Map screen in headless Chromium (not a timed test: nothing is asserted).
 *
 *   npx electron-vite build && npx tsx scripts/bench-map.ts [--sizes 1000,5000,20000] [--runs 3]
 *     [--renderers tejido,cytoscape] [--ties-per-actor N] [--profile DIR] [--click-at-once]
 *
 * For each size it writes a generated project (scripts/map-project.ts; 4 ties per actor, 5 from
 * 20,000 actors on, as issue 6's sizes), serves it with `tejido serve` (the build in
 * TEJIDO_OUT_DIR when set), opens the Map in Debian's headless Chromium with --disable-gpu
 * (canvas drawn by the CPU, WebGL by SwiftShader's software GL) and measures, per renderer
 * (`cytoscape`: Cytoscape's canvas, `webgl`: Cytoscape's WebGL, `tejido`: Tejido's own canvas,
 * forced through sessionStorage `tejido:renderer`):
 *   - draw: from clicking "Map" until every actor is on the canvas at a laid-out position (or
 *     grouped by sector while the worker lays it out) and two frames have passed;
 *   - laid out: until the layout is done and applied;
 *   - fps: requestAnimationFrame callbacks per second during 3 s of mouse drags and wheel turns;
 *   - highlight: from a tap on an actor until the frame showing its neighbourhood highlighted
 *     is drawn (Cytoscape: until highlighted and two frames have passed);
 *   - panel open: from the same tap until the actor's panel is on the page (React);
 *   - the longest main-thread task (Long Tasks API) while drawing, and while in use.
 * The click on Map comes once the first screen (Data) has loaded its tables, as a person opens
 * the app; --click-at-once clicks as soon as the app shows (the Data screen's requests then
 * hold the backend while the map asks for its network).
 * Medians of --runs (a fresh page each run). --profile writes CPU profiles of the draw and the
 * highlight to DIR and prints the heaviest functions.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { heaviestFunctions, type CpuProfile } from './cpu-profile-summary.ts';
import { launchHeadlessChromium } from './headless-chromium.ts';
import { serveProject, writeMapProject } from './map-project.ts';

// The functions passed to page.evaluate run in Chromium; this file compiles without DOM types,
// so the few page globals they use are declared here.
declare const window: {
  sessionStorage: { setItem(key: string, value: string): void };
  __tejidoMap?: Core;
  __tejidoMapView?: CanvasMapHandle;
  __frames?: { frames: number; start: number; running: boolean };
  __longest?: number;
};
declare function requestAnimationFrame(callback: (now: number) => void): number;
declare const document: {
  querySelector(selector: string): { dispatchEvent(event: unknown): boolean } | null;
};
declare const PointerEvent: new (type: string, init: Record<string, unknown>) => unknown;
/** The part of Tejido's canvas test handle (canvas-test-hook.ts) the benchmark reads. */
interface CanvasMapHandle {
  counts(): { drawnActors: number };
  busiest(): string | null;
  clientPosition(id: string): { x: number; y: number } | null;
  selected(): string | null;
  fullFrames(): { count: number; lastMs: number };
}

interface Run {
  /** Until the first picture of every actor (grouped by sector while a worker layout runs). */
  draw: number;
  /** Until the layout is done (the same as draw when no worker layout runs). */
  layout: number;
  fps: number;
  highlight: number;
  /** From the same tap until the actor's panel is on the page (React), in ms. */
  panel: number;
  /** Longest main-thread task (Long Tasks API: tasks over 50 ms) while drawing, in ms. */
  longestDraw: number;
  /** Longest main-thread task while panning, zooming and highlighting, in ms. */
  longestUse: number;
  /** The renderer the page reports (data-renderer), to catch a forced one not taking. */
  active: string;
}

/** Benchmark renderer names → the override the page reads (test-hook.ts). */
const OVERRIDE: Record<string, string> = { cytoscape: 'canvas', webgl: 'webgl', tejido: 'tejido' };
const ACTIVE: Record<string, string> = { cytoscape: 'canvas', webgl: 'webgl', tejido: 'tejido' };

/** Starts a CPU profile when --profile asks for one; the returned function stops and prints it. */
async function profileSpan(
  page: Page,
  dir: string | undefined,
  name: string,
): Promise<() => Promise<void>> {
  if (!dir) return async () => {};
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    console.log(`\n${name}: heaviest functions by self time`);
    for (const line of heaviestFunctions(profile))
      console.log(`  ${line.selfMs.toFixed(0).padStart(7)} ms  ${line.name}`);
    await cdp.detach();
  };
}

async function measure(
  browser: Browser,
  url: string,
  actors: number,
  renderer: string,
  profileDir: string | undefined,
  clickAtOnce: boolean,
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript((forced: string) => {
    window.sessionStorage.setItem('tejido:test', '1');
    window.sessionStorage.setItem('tejido:renderer', forced);
  }, OVERRIDE[renderer] ?? renderer);
  // tsx (esbuild keepNames) wraps functions in __name(); give the page a no-op one.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  // The longest main-thread task, to compare with the 200 ms freeze limit of issue 6.
  await context.addInitScript({
    content: `window.__longest = 0; new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });`,
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('nav-data').waitFor();
  // As a person opens the app: the first screen (Data) has loaded its tables before the click
  // on Map. With --click-at-once the click comes at once, while the backend is still answering
  // the Data screen (its lists of 100,000 ties delay the map's network by seconds).
  if (!clickAtOnce) await page.locator('#data-panel-actors').waitFor({ timeout: 600_000 });
  await page.evaluate(() => {
    window.__longest = 0;
  });
  const stopDrawProfile = await profileSpan(page, profileDir, `draw-${actors}-${renderer}`);
  const started = Date.now();
  await page.getByTestId('nav-map').click();
  // Every actor drawn: Cytoscape holds them all; Tejido's canvas drew them all (in view).
  await page.waitForFunction(
    (n: number) =>
      window.__tejidoMap?.nodes().length === n ||
      window.__tejidoMapView?.counts().drawnActors === n,
    actors,
    { timeout: 600_000, polling: 50 },
  );
  // A first picture: laid out, or shown grouped by sector while the worker lays it out.
  await page
    .locator('[data-testid="map-canvas"][data-layout="idle"], [data-testid="map-layout-progress"]')
    .first()
    .waitFor({ timeout: 600_000 });
  await twoFrames(page);
  const draw = Date.now() - started;
  await page
    .locator('[data-testid="map-canvas"][data-layout="idle"]')
    .waitFor({ timeout: 600_000 });
  await twoFrames(page);
  const layout = Date.now() - started;
  await stopDrawProfile();
  const longestDraw = await page.evaluate(() => {
    const longest = window.__longest ?? 0;
    window.__longest = 0;
    return longest;
  });
  const active = (await page.getByTestId('map-canvas').getAttribute('data-renderer')) ?? '';
  const fps = await panAndZoom(page);
  const stopHighlightProfile = await profileSpan(
    page,
    profileDir,
    `highlight-${actors}-${renderer}`,
  );
  const { highlight, panel } = await page.evaluate(
    () =>
      new Promise<{ highlight: number; panel: number }>((done) => {
        const panelOpen = () => document.querySelector('[data-testid="actor-panel"]') !== null;
        const result = { highlight: 0, panel: 0 };
        let start = 0;
        const finish = () => {
          if (result.highlight > 0 && result.panel > 0) done(result);
        };
        const waitPanel = () => {
          if (panelOpen()) {
            result.panel = performance.now() - start;
            finish();
          } else requestAnimationFrame(waitPanel);
        };
        const canvasView = window.__tejidoMapView;
        if (canvasView) {
          // A tap on the busiest actor, as pointer events on the canvas: the gesture code,
          // hit grid, highlight and the frame that shows it. The canvas asks for that frame
          // during the tap, before this callback, so the first callback that sees a new full
          // frame runs right after it was drawn, before it is painted.
          const id = canvasView.busiest()!;
          const at = canvasView.clientPosition(id)!;
          const surface = document.querySelector('[data-testid="map-canvas"] canvas')!;
          const before = canvasView.fullFrames().count;
          start = performance.now();
          const options = { clientX: at.x, clientY: at.y, button: 0, pointerId: 1, bubbles: true };
          surface.dispatchEvent(new PointerEvent('pointerdown', options));
          surface.dispatchEvent(new PointerEvent('pointerup', options));
          const waitDrawn = () => {
            if (canvasView.selected() === id && canvasView.fullFrames().count > before) {
              result.highlight = performance.now() - start;
              finish();
            } else requestAnimationFrame(waitDrawn);
          };
          requestAnimationFrame(waitDrawn);
          requestAnimationFrame(waitPanel);
          return;
        }
        const cy = window.__tejidoMap!;
        const node = cy.nodes().max((x) => x.degree(false)).ele;
        start = performance.now();
        node.emit('tap');
        const check = () => {
          if (node.hasClass('highlighted'))
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                result.highlight = performance.now() - start;
                finish();
              }),
            );
          else requestAnimationFrame(check);
        };
        check();
        requestAnimationFrame(waitPanel);
      }),
  );
  await stopHighlightProfile();
  const longestUse = await page.evaluate(() => window.__longest ?? 0);
  await context.close();
  return { draw, layout, fps, highlight, panel, longestDraw, longestUse, active };
}

/**
 * Frames per second while a person pans and zooms: real mouse drags and wheel turns from
 * Playwright for 3 s (so Cytoscape's gesture optimisations apply), frames counted in the page
 * with requestAnimationFrame.
 */
async function panAndZoom(page: Page): Promise<number> {
  // '0' fits the map (useMapShortcuts), whichever renderer draws it.
  await page.keyboard.press('0');
  await page.evaluate(() => {
    const counter = { frames: 0, start: performance.now(), running: true };
    window.__frames = counter;
    const tick = () => {
      counter.frames += 1;
      if (counter.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = (await page.getByTestId('map-canvas').boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const until = Date.now() + 3000;
  for (let turn = 0; Date.now() < until; turn += 1) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 120 * Math.sin(turn), cy + 80 * Math.cos(turn), { steps: 8 });
    await page.mouse.up();
    await page.mouse.wheel(0, turn % 2 === 0 ? -240 : 240);
  }
  return page.evaluate(() => {
    const counter = window.__frames!;
    counter.running = false;
    return counter.frames / ((performance.now() - counter.start) / 1000);
  });
}

function twoFrames(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,20000' },
      runs: { type: 'string', default: '3' },
      // The map's own choice above 3,000 elements; add `cytoscape` for the "before" figures
      // (minutes per run from 5,000 actors on).
      renderers: { type: 'string', default: 'tejido' },
      'ties-per-actor': { type: 'string' },
      // Writes CPU profiles of the draw and the highlight there and prints the heaviest functions.
      profile: { type: 'string' },
      // Click Map as soon as the app shows, before the Data screen has its lists.
      'click-at-once': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  const browser = await launchHeadlessChromium();
  console.log(
    `load average before: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const rows: string[] = [];
  for (const actors of sizes) {
    const home = mkdtempSync(join(tmpdir(), 'tejido-bench-map-'));
    const project = join(home, `bench-${actors}.tejido`);
    const tiesPerActor = Number(values['ties-per-actor'] ?? (actors >= 20_000 ? 5 : 4));
    writeMapProject(project, actors, { tiesPerActor });
    const { url, server } = await serveProject(project, home);
    try {
      for (const renderer of values.renderers.split(',')) {
        const results: Run[] = [];
        for (let run = 0; run < runs; run += 1) {
          const result = await measure(
            browser,
            url,
            actors,
            renderer,
            values.profile,
            values['click-at-once'],
          );
          // Each run too, so the worst long task is seen beside the medians.
          console.log(
            `  run ${run + 1}: draw ${(result.draw / 1000).toFixed(2)} s, highlight ${Math.round(result.highlight)} ms, longest task drawing ${Math.round(result.longestDraw)} ms, in use ${Math.round(result.longestUse)} ms`,
          );
          results.push(result);
        }
        const middle = (pick: (run: Run) => number) => median(results.map(pick));
        const active = results[0]!.active === ACTIVE[renderer] ? '' : ' (not active)';
        const row = [
          actors.toLocaleString('en'),
          (actors * tiesPerActor).toLocaleString('en'),
          `${renderer}${active}`,
          `${(middle((r) => r.draw) / 1000).toFixed(2)} s`,
          `${(middle((r) => r.layout) / 1000).toFixed(2)} s`,
          middle((r) => r.fps).toFixed(1),
          `${Math.round(middle((r) => r.highlight))} ms`,
          `${Math.round(middle((r) => r.panel))} ms`,
          `${Math.round(middle((r) => r.longestDraw))} ms`,
          `${Math.round(middle((r) => r.longestUse))} ms`,
        ].join(' | ');
        console.log(`| ${row} |`);
        rows.push(`| ${row} |`);
      }
    } finally {
      server.kill('SIGTERM');
      rmSync(home, { recursive: true, force: true });
    }
  }
  await browser.close();
  console.log(
    '\n| Actors | Ties | Renderer | Draw | Laid out | Pan/zoom fps | Highlight | Panel open | Longest task drawing | Longest task in use |\n|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  console.log(rows.join('\n'));
  console.log(
    `load average after: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}

await main();
