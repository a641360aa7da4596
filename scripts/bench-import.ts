import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { appRoot } from './build-app.ts';

/**
 * `npm run bench -- import`: CSV import into a new project at growing sizes (issue 4):
 * 10,000 actors with 100,000 ties (target: < 3 s and < 500 MB here), then 300,000 and
 * 1,000,000 ties to check that time and memory grow linearly. Median of 3 runs; peak memory is
 * the child process's maximum resident set size.
 */
const ALL_SIZES = [
  { actors: 10_000, ties: 100_000, runs: 3 },
  { actors: 30_000, ties: 300_000, runs: 3 },
  { actors: 100_000, ties: 1_000_000, runs: 3 },
];

/** `--ties 100000,1000000` keeps only those sizes; `--runs N` overrides the number of runs. */
function chosenSizes(args: readonly string[]) {
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const ties = value('--ties')?.split(',').map(Number);
  const runs = value('--runs');
  return ALL_SIZES.filter((size) => ties === undefined || ties.includes(size.ties)).map((size) =>
    runs === undefined ? size : { ...size, runs: Number(runs) },
  );
}

const SIZES = chosenSizes(process.argv.slice(2));

/** A seeded generator (mulberry32), so every run imports the same files. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const stream = createWriteStream(path);
  for (const line of lines) {
    if (!stream.write(line)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
}

function* actorLines(count: number) {
  const sectors = ['OSC', 'gobierno', 'donante', 'sector privado', 'academia'];
  yield 'id,nombre,sector,región\n';
  for (let i = 0; i < count; i++) {
    yield `a${i},Organización número ${i},${sectors[i % sectors.length]},Sonora\n`;
  }
}

function* tieLines(actors: number, ties: number) {
  const next = random(ties);
  const seen = new Set<string>();
  yield 'origen,destino,tipo,peso,inicio\n';
  while (seen.size < ties) {
    const source = Math.floor(next() * actors);
    const target = Math.floor(next() * actors);
    const key = source < target ? `${source}-${target}` : `${target}-${source}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    const year = 2017 + Math.floor(next() * 4);
    yield `a${source},a${target},colaboración,${1 + Math.floor(next() * 3)},${year}-0${1 + Math.floor(next() * 9)}-15\n`;
  }
}

interface Result {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  ties: number;
}

/** The 1-minute load average: other jobs on the machine slow the wall-clock time. */
const loadAverage = () => loadavg()[0]!.toFixed(1);

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'tejido-bench-csv-'));
const rows: string[] = [];
try {
  for (const size of SIZES) {
    const actorsFile = join(dir, `actors-${size.ties}.csv`);
    const tiesFile = join(dir, `ties-${size.ties}.csv`);
    await writeLines(actorsFile, actorLines(size.actors));
    await writeLines(tiesFile, tieLines(size.actors, size.ties));
    const results: Result[] = [];
    for (let run = 0; run < size.runs; run++) {
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/bench/import-once.ts', actorsFile, tiesFile],
        { cwd: appRoot, encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      if (child.status !== 0) throw new Error(child.stderr);
      results.push(JSON.parse(child.stdout) as Result);
    }
    const seconds = median(results.map((r) => r.seconds));
    const cpu = median(results.map((r) => r.cpuSeconds));
    const peak = median(results.map((r) => r.peakMb));
    rows.push(
      `| ${size.actors.toLocaleString('en')} | ${size.ties.toLocaleString('en')} | ${seconds.toFixed(2)} s | ${cpu.toFixed(2)} s | ${peak.toFixed(0)} MB | ${((seconds / size.ties) * 1e6).toFixed(1)} µs | ${results[0]!.ties.toLocaleString('en')} | ${loadAverage()} |`,
    );
    console.log(rows.at(-1));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  '\n| actors | ties | median time | median CPU time | median peak memory | time per tie | ties imported | load |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
