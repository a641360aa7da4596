/**
 * Benchmark of the Map screen in headless Chromium (not a timed test: nothing is asserted).
 *
 *   npx electron-vite build && npx tsx scripts/bench-map.ts [--sizes 1000,5000,20000] [--runs 3]
 *
 * For each size it writes a generated project (n actors in 9 sectors and 30 clusters, 4n ties,
 * 10% potential, types and weights mixed) with the backend's own stores, serves it with
 * `tejido serve`, opens the Map in Debian's headless Chromium with --disable-gpu (canvas drawn
 * by the CPU, WebGL by SwiftShader's software GL) and measures,
 * with the canvas renderer and with Cytoscape's WebGL renderer:
 *   - draw: from clicking "Map" until every actor is on the canvas and two frames have passed
 *     (fetching the network over HTTP, measures, looks and Cytoscape included);
 *   - fps: requestAnimationFrame callbacks per second during 3 s of mouse drags and wheel turns;
 *   - highlight: from a tap on an actor until its neighbourhood is highlighted and two frames
 *     have passed (React state, class changes and Cytoscape's redraw).
 * Medians of --runs (a fresh page each run). Actors above 2,000 open grouped by sector.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Core } from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../shared/domain/default-catalog.ts';
import { createRandom } from '../shared/metrics/random.ts';
import { createProjectFile } from '../electron/backend/project/project-file.ts';
import { projectSession } from '../electron/backend/project/project-session.ts';
import { seedCatalog } from '../electron/backend/sample/load-sample.ts';
import { upsertActor } from '../electron/backend/store/actors-store.ts';
import { upsertTie } from '../electron/backend/store/ties-store.ts';

const repoRoot = resolve(import.meta.dirname, '..');

// The functions passed to page.evaluate run in Chromium; this file compiles without DOM types,
// so the few page globals they use are declared here.
declare const window: {
  sessionStorage: { setItem(key: string, value: string): void };
  __tejidoMap?: Core;
  __frames?: { frames: number; start: number; running: boolean };
};
declare function requestAnimationFrame(callback: (now: number) => void): number;

/** A clustered network: 80% of ties inside one of 30 clusters, the rest anywhere. */
function writeProject(path: string, actors: number): void {
  const random = createRandom(actors);
  const db = createProjectFile(path, `Benchmark ${actors}`, new Date().toISOString());
  const session = projectSession(() => new Date());
  session.replace(db, path);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const clusterOf = (index: number) => index % 30;
  session.edit('bench.generate', (ctx) => {
    seedCatalog(ctx);
    for (let index = 0; index < actors; index += 1)
      upsertActor(ctx, {
        id: `a${index}`,
        name: `Actor ${index}`,
        sector: pick(DEFAULT_SECTORS).key,
        kind: random() < 0.2 ? 'person' : 'organisation',
        region: null,
        attributes: {},
        notes: '',
      });
    const seen = new Set<string>();
    for (let made = 0; made < actors * 4;) {
      const source = Math.floor(random() * actors);
      let target = Math.floor(random() * actors);
      if (random() < 0.8) target = clusterOf(source) + 30 * Math.floor(random() * (actors / 30));
      if (target >= actors || target === source || seen.has(`${source}-${target}`)) continue;
      seen.add(`${source}-${target}`);
      upsertTie(ctx, {
        id: `t${made}`,
        source: `a${source}`,
        target: `a${target}`,
        type: pick(DEFAULT_TIE_TYPES).key,
        weight: 1 + Math.floor(random() * 4),
        status: random() < 0.1 ? 'potential' : 'existing',
        spells: [],
        evidence: null,
        note: '',
        attributes: {},
      });
      made += 1;
    }
  });
  session.close();
}

function serve(project: string, home: string): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(
    process.execPath,
    ['bin/tejido.mjs', 'serve', '--port', '0', '--no-open', '--project', project],
    {
      cwd: repoRoot,
      env: { ...process.env, TEJIDO_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+/.exec(output);
      if (match) resolvePromise({ url: match[0], server });
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
}

interface Run {
  draw: number;
  fps: number;
  highlight: number;
  webglActive: boolean;
}

async function measure(
  browser: Browser,
  url: string,
  actors: number,
  renderer: string,
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript((forced: string) => {
    window.sessionStorage.setItem('tejido:test', '1');
    window.sessionStorage.setItem('tejido:renderer', forced);
  }, renderer);
  // tsx (esbuild keepNames) wraps functions in __name(); give the page a no-op one.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('nav-data').waitFor();
  const started = Date.now();
  await page.getByTestId('nav-map').click();
  await page.waitForFunction((n: number) => window.__tejidoMap?.nodes().length === n, actors, {
    timeout: 600_000,
    polling: 100,
  });
  await page
    .locator('[data-testid="map-canvas"][data-layout="idle"]')
    .waitFor({ timeout: 600_000 });
  await twoFrames(page);
  const draw = Date.now() - started;
  const webglActive =
    (await page.getByTestId('map-canvas').getAttribute('data-renderer')) === 'webgl';
  const fps = await panAndZoom(page);
  const highlight = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const cy = window.__tejidoMap!;
        const node = cy.nodes().max((x) => x.degree(false)).ele;
        const start = performance.now();
        node.emit('tap');
        const check = () => {
          if (node.hasClass('highlighted'))
            requestAnimationFrame(() =>
              requestAnimationFrame(() => done(performance.now() - start)),
            );
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
  await context.close();
  return { draw, fps, highlight, webglActive };
}

/**
 * Frames per second while a person pans and zooms: real mouse drags and wheel turns from
 * Playwright for 3 s (so Cytoscape's gesture optimisations apply), frames counted in the page
 * with requestAnimationFrame.
 */
async function panAndZoom(page: Page): Promise<number> {
  await page.evaluate(() => {
    window.__tejidoMap!.fit(undefined, 30);
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
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const rows: string[] = [];
  for (const actors of sizes) {
    const home = mkdtempSync(join(tmpdir(), 'tejido-bench-map-'));
    const project = join(home, `bench-${actors}.tejido`);
    writeProject(project, actors);
    const { url, server } = await serve(project, home);
    try {
      for (const renderer of ['canvas', 'webgl']) {
        const results: Run[] = [];
        for (let run = 0; run < runs; run += 1)
          results.push(await measure(browser, url, actors, renderer));
        const row = `| ${actors.toLocaleString('en')} | ${(actors * 4).toLocaleString('en')} | ${renderer}${results[0]!.webglActive === (renderer === 'webgl') ? '' : ' (not active)'} | ${(median(results.map((r) => r.draw)) / 1000).toFixed(2)} s | ${median(results.map((r) => r.fps)).toFixed(1)} | ${Math.round(median(results.map((r) => r.highlight)))} ms |`;
        console.log(row);
        rows.push(row);
      }
    } finally {
      server.kill('SIGTERM');
      rmSync(home, { recursive: true, force: true });
    }
  }
  await browser.close();
  console.log(
    '\n| Actors | Ties | Renderer | Draw | Pan/zoom fps | Highlight |\n|---:|---:|---|---:|---:|---:|',
  );
  console.log(rows.join('\n'));
}

await main();
