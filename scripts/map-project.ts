import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../shared/domain/default-catalog.ts';
import { createRandom } from '../shared/metrics/random.ts';
import { createProjectFile } from '../electron/backend/project/project-file.ts';
import { projectSession } from '../electron/backend/project/project-session.ts';
import { seedCatalog } from '../electron/backend/sample/load-sample.ts';
import { upsertActor } from '../electron/backend/store/actors-store.ts';
import { upsertTie } from '../electron/backend/store/ties-store.ts';

/**
 * Generated map projects for scripts/bench-map.ts and the large-map end-to-end test: the same
 * network for the same size (seeded), written with the backend's own stores.
 */

const repoRoot = resolve(import.meta.dirname, '..');

/**
 * A clustered network of `actors` actors in 9 sectors and 30 clusters, `tiesPerActor` ties per
 * actor (80% inside a cluster, the rest anywhere), 10% potential, tie types and weights mixed.
 * Ties get spells from `dated` on: every tenth starts in 2021 instead of 2020, so a map at
 * 2020-06-01 shows fewer ties than one at 2022-01-01 (the time slider's tests).
 */
export function writeMapProject(
  path: string,
  actors: number,
  options: { tiesPerActor?: number; dated?: boolean } = {},
): void {
  const tiesPerActor = options.tiesPerActor ?? 4;
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
    for (let made = 0; made < actors * tiesPerActor;) {
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
        spells: options.dated
          ? [{ start: made % 10 === 0 ? '2021-01-01' : '2020-01-01', end: null }]
          : [],
        evidence: null,
        note: '',
        attributes: {},
      });
      made += 1;
    }
  });
  session.close();
}

/** `tejido serve` on the project (the build in TEJIDO_OUT_DIR when set); resolves with its URL. */
export function serveProject(
  project: string,
  home: string,
): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(
    process.execPath,
    [
      'bin/tejido.mjs',
      'serve',
      '--port',
      '0',
      '--no-open',
      '--project',
      project,
      // A build in TEJIDO_OUT_DIR (side-by-side checkouts) rather than out/.
      ...(process.env.TEJIDO_OUT_DIR
        ? ['--static-dir', join(process.env.TEJIDO_OUT_DIR, 'renderer')]
        : []),
    ],
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
