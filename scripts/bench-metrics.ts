/**
 * Benchmark of Tejido's SNA engine against igraph and NetworkX on the same networks.
 *
 *   npx tsx scripts/bench-metrics.ts [--sizes 10000,50000] [--ties-per-actor 5] [--runs 3]
 *                                    [--threads N] [--no-python] [--no-networkx]
 *                                    [--networkx-slow] [--full] [--paths-once-from 20000]
 *                                    [--no-paths] [--weighted]
 *
 * For each size, generates a Barabási–Albert network (seeded), times each measure, loading
 * included as its own rows, twice over: its first call in the process (what a cold `tejido
 * analyze` or a fresh analysis worker pays, V8's compiling included) and, once compiled (0.25 s
 * of calls not counted), the median of --runs batches of calls (each at least 20 ms, divided
 * by its calls). igraph is timed the same way, so each column
 * compares like with like. The shortest-path pass (seconds, where compiling does not show) is
 * run --runs times, the first of them being its first call; once from 20,000 actors on, as
 * igraph's. From 20,000 actors on, the rows that repeat the shortest-path pass (over
 * threads, and the whole analysis) run only with --full, as they add minutes each; then, when Debian's /usr/bin/python3 has python3-igraph and python3-networkx
 * (`sudo apt-get install python3-igraph python3-networkx`), times the same measures there on
 * the same edge list, and prints measure × size × {Tejido, igraph, NetworkX} with ratios
 * (< 1 = Tejido faster). With --weighted, every tie gets a seeded weight 1–5 and both sides
 * measure the weighted network: strength, eigenvector, PageRank, constraint and Louvain by
 * weight, shortest paths on length 1/weight (NetworkX is left out).
 *
 * Times are CPU seconds of the process (user + system), in both languages, so that ratios
 * hold on a machine shared with other jobs; rows run over several threads are wall-clock
 * seconds instead (marked "wall"). NetworkX betweenness, closeness and constraint take tens
 * of minutes or more at 10k actors, so they run (once) only with --networkx-slow.
 * No timing is asserted anywhere.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Graph from 'graphology';
import { startPathThreads } from '../electron/cli/path-threads.ts';
import { prepareSnapshot } from '../shared/analysis/prepare-snapshot.ts';
import { buildAdjacency } from '../shared/graph/adjacency.ts';
import { accumulatePathTotals } from '../shared/graph/shortest-path-totals.ts';
import { analyzePrepared } from '../shared/metrics/analyze.ts';
import { burtConstraint } from '../shared/metrics/brokerage/constraint.ts';
import { degreeCentrality } from '../shared/metrics/centrality/degree.ts';
import { eigenvectorCentrality } from '../shared/metrics/centrality/eigenvector.ts';
import { pageRank } from '../shared/metrics/centrality/pagerank.ts';
import { strengthCentrality } from '../shared/metrics/centrality/strength.ts';
import { averageClustering, localClustering } from '../shared/metrics/cohesion/clustering.ts';
import { coreNumber } from '../shared/metrics/cohesion/k-core.ts';
import { transitivity } from '../shared/metrics/cohesion/transitivity.ts';
import { louvainCommunities } from '../shared/metrics/community/louvain.ts';
import { modularity } from '../shared/metrics/community/modularity.ts';
import { pathPassFor } from '../shared/metrics/measure-network.ts';
import { weakComponents } from '../shared/metrics/network/components.ts';
import { degreeAssortativity } from '../shared/metrics/network/degree-assortativity.ts';
import { createRandom } from '../shared/metrics/random.ts';
import {
  adjacencyFromEdgeList,
  barabasiAlbert,
  edgeListText,
  snapshotOf,
  tieWeights,
} from './bench-engine-network.ts';
import { timePython, type PythonTimings } from './bench-engine-python.ts';

interface Row {
  label: string;
  /** The Python timing this row is compared with; for the suite, the sum of all of them. */
  python: string | null;
  /** CPU (or wall) seconds of the first call in the process. */
  first: number;
  /** Median over the calls after the first (or over all of them for the path rows). */
  seconds: number;
  wall: boolean;
}

interface SizeResult {
  order: number;
  ties: number;
  rows: Row[];
  python: PythonTimings | null;
  modularity: number;
  load: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,50000' },
      'ties-per-actor': { type: 'string', default: '5' },
      runs: { type: 'string', default: '3' },
      threads: { type: 'string', default: String(availableParallelism()) },
      'no-python': { type: 'boolean', default: false },
      'networkx-slow': { type: 'boolean', default: false },
      'no-networkx': { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      'paths-once-from': { type: 'string', default: '20000' },
      'no-paths': { type: 'boolean', default: false },
      weighted: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const tiesPerActor = Number(values['ties-per-actor']);
  const runs = Number(values.runs);
  const threads = Number(values.threads);
  const results: SizeResult[] = [];
  for (const order of sizes) {
    results.push(await benchSize(order, tiesPerActor, runs, threads, values));
  }
  for (const [index, result] of results.entries()) printTable(result, threads, index > 0);
}

async function benchSize(
  order: number,
  tiesPerActor: number,
  runs: number,
  threads: number,
  values: {
    'no-python': boolean;
    'networkx-slow': boolean;
    'no-networkx': boolean;
    full: boolean;
    'paths-once-from': string;
    'no-paths': boolean;
    weighted: boolean;
  },
): Promise<SizeResult> {
  const loadBefore = loadavg()[0]!.toFixed(1);
  const edges = barabasiAlbert(order, tiesPerActor, createRandom(2024));
  const weighted = values.weighted;
  const weights = weighted ? tieWeights(edges.length / 2, createRandom(7)) : null;
  const large = order >= Number(values['paths-once-from']);
  const pathRuns = large ? 1 : runs;
  const timePaths = !values['no-paths'];
  const repeatPaths = timePaths && (!large || values.full);
  console.log(
    `\nBarabási–Albert network: ${order} actors, ${edges.length / 2} ties (m = ${tiesPerActor}, seed 2024${weighted ? ', weights 1–5' : ''}); first call, then median of ${runs} more (paths: ${pathRuns} runs in all); load average ${loadBefore}`,
  );
  const folder = mkdtempSync(join(tmpdir(), 'tejido-bench-'));
  const edgeFile = join(folder, 'edges.txt');
  writeFileSync(edgeFile, edgeListText(edges, weights));
  const snapshot = snapshotOf(order, edges, weights);
  const prepare = (copy: typeof snapshot) => prepareSnapshot(copy, { weighted });
  const rows: Row[] = [];
  const timeCalls = (label: string, python: string | null, calls: TimeCalls): void => {
    const first = calls(1);
    const seconds = warmMedian(runs, calls);
    rows.push({ label, python, first, seconds, wall: false });
    console.log(`  Tejido ${label.padEnd(46)} first ${format(first)}, then ${format(seconds)}`);
  };
  const time = (label: string, python: string | null, run: () => unknown): void =>
    timeCalls(label, python, (count) => cpuSeconds(() => repeat(count, run)));
  /** A row of seconds: its runs include the first call. */
  const timeAll = (label: string, python: string, run: () => unknown): void => {
    const times = cpuTimes(pathRuns, run);
    rows.push({ label, python, first: times[0]!, seconds: medianOf(times), wall: false });
    console.log(`  Tejido ${label.padEnd(46)} ${format(medianOf(times))}`);
  };
  try {
    // The product's path first, so its first call builds rows with code no other row warmed.
    // Each call reads its own copy, made before the timing: the analysis worker receives the
    // snapshot by structured clone and the CLI reads it from SQLite, so its id strings are
    // always new to V8, whose hashes are not computed yet. Reading one snapshot again and
    // again (as this row did until November) looked up strings whose hashes were cached.
    // Against igraph's Graph.TupleList of the same named ties in memory ("load named"); the
    // edge list row below is against igraph reading that file.
    timeCalls('load: project snapshot → adjacency', 'load named', (count) => {
      const copies = Array.from({ length: count }, () => structuredClone(snapshot));
      return cpuSeconds(() => {
        for (const copy of copies) prepare(copy);
      });
    });
    time('load: edge list file → adjacency', 'load', () =>
      adjacencyFromEdgeList(readFileSync(edgeFile, 'latin1'), weighted),
    );
    time('load: graphology graph + adjacency', 'load', () =>
      buildAdjacency(graphologyGraph(order, edges, weights), {
        directed: false,
        weight: weighted ? 'weight' : null,
      }),
    );
    const { prepared } = prepare(snapshot);
    const adjacency = prepared.adjacency;
    const pass = pathPassFor(adjacency);
    time('degree + strength', 'degree', () => [
      degreeCentrality(adjacency),
      strengthCentrality(adjacency),
    ]);
    time('clustering (local + average)', 'clustering', () =>
      averageClustering(localClustering(adjacency)),
    );
    time('transitivity', 'transitivity', () => transitivity(adjacency));
    time('pagerank', 'pagerank', () => pageRank(adjacency));
    time('eigenvector', 'eigenvector', () => eigenvectorCentrality(adjacency));
    time('k-core', 'k-core', () => coreNumber(adjacency));
    time('constraint', 'constraint', () => burtConstraint(adjacency));
    time('louvain', 'louvain', () => louvainCommunities(adjacency, createRandom(1)));
    time('components', 'components', () => weakComponents(adjacency));
    time('degree assortativity', 'degree assortativity', () => degreeAssortativity(adjacency));
    if (timePaths) {
      timeAll('betweenness + closeness, 1 thread', 'paths', () =>
        accumulatePathTotals(adjacency, pass),
      );
    }
    const pool = repeatPaths ? await startPathThreads(adjacency, threads) : null;
    if (pool) {
      const parallel = await wallTimes(pathRuns, () => pool.run(pass));
      rows.push({
        label: `betweenness + closeness, ${threads} threads`,
        python: 'paths',
        first: parallel[0]!,
        seconds: medianOf(parallel),
        wall: true,
      });
      console.log(
        `  Tejido ${`betweenness + closeness, ${threads} threads`.padEnd(46)} ${format(medianOf(parallel))} wall`,
      );
    }
    if (pool) {
      timeAll('whole analysis, 1 thread (load + every measure)', 'suite', () =>
        analyzePrepared(prepare(snapshot).prepared),
      );
      const suite = await wallTimes(pathRuns, async () => {
        const fresh = prepare(snapshot).prepared;
        const pathTotals = await pool.run(pathPassFor(fresh.adjacency));
        return analyzePrepared(fresh, { pathTotals });
      });
      await pool.close();
      const label = `whole analysis, ${threads} threads (load + every measure)`;
      rows.push({
        label,
        python: 'suite',
        first: suite[0]!,
        seconds: medianOf(suite),
        wall: true,
      });
      console.log(`  Tejido ${label.padEnd(46)} ${format(medianOf(suite))} wall`);
    } else {
      console.log(
        '  (threaded pass and whole analysis not timed: --no-paths, or large without --full)',
      );
    }
    const found = modularity(adjacency, louvainCommunities(adjacency, createRandom(1)));
    let python: PythonTimings | null = null;
    if (!values['no-python']) {
      console.log('\nTiming igraph and NetworkX in /usr/bin/python3 …');
      try {
        python = timePython({
          edgeFile,
          runs,
          pathsOnce: large,
          paths: timePaths,
          networkxSlow: values['networkx-slow'],
          networkx: !values['no-networkx'] && !weighted,
          weighted,
        });
      } catch (error) {
        console.log(`No igraph/NetworkX timings: ${String(error)}`);
      }
    }
    const loadAfter = loadavg()[0]!.toFixed(1);
    return {
      order,
      ties: edges.length / 2,
      rows,
      python,
      modularity: found,
      load: `${loadBefore} → ${loadAfter}`,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** What the bench timed before this engine read projects directly: a graphology graph. */
function graphologyGraph(order: number, edges: Int32Array, weights: Int32Array | null): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (let node = 0; node < order; node += 1) graph.addNode(String(node));
  for (let index = 0; index < edges.length; index += 2) {
    const attributes = weights ? { weight: weights[index >> 1] } : {};
    graph.addEdge(String(edges[index]), String(edges[index + 1]), attributes);
  }
  return graph;
}

/** igraph's rows that make up "the whole suite": load and every measure timed. */
const suiteParts = [
  'load',
  'paths',
  'degree',
  'clustering',
  'transitivity',
  'pagerank',
  'eigenvector',
  'k-core',
  'constraint',
  'louvain',
  'components',
  'degree assortativity',
];

/** igraph's or NetworkX's time for a row; `suffix` ' first' reads its first call. */
function pythonTime(
  timings: Record<string, number> | undefined,
  key: string | null,
  suffix: '' | ' first',
) {
  if (!timings || key === null) return undefined;
  if (key !== 'suite') return timings[key + suffix];
  let total = 0;
  for (const part of suiteParts) {
    const value = timings[part + suffix];
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

function printTable(result: SizeResult, threads: number, warmed: boolean): void {
  const { python } = result;
  console.log(
    `\n${result.order} actors, ${result.ties} ties (load average ${result.load}; ${threads} threads)`,
  );
  if (warmed) {
    console.log(
      "1st: Tejido's code was already compiled by the size before; time this size alone for first calls.",
    );
  }
  const header = [
    'measure',
    'Tejido 1st',
    'igraph 1st',
    '1st ratio',
    'Tejido',
    'igraph',
    'Tejido/igraph',
    'NetworkX',
    'Tejido/NetworkX',
  ];
  const ratio = (mine: number, theirs: number | undefined, digits: number): string =>
    theirs === undefined ? '—' : (mine / theirs).toFixed(digits);
  const seconds = (value: number | undefined, wall = false): string =>
    value === undefined ? '—' : `${format(value)}${wall ? ' wall' : ''}`;
  const rows = result.rows.map((row) => {
    const igraphFirst = pythonTime(python?.igraph, row.python, ' first');
    const igraph = pythonTime(python?.igraph, row.python, '');
    const networkx = pythonTime(python?.networkx, row.python, '');
    return [
      row.label,
      seconds(row.first, row.wall),
      seconds(igraphFirst),
      ratio(row.first, igraphFirst, 2),
      seconds(row.seconds, row.wall),
      seconds(igraph),
      ratio(row.seconds, igraph, 2),
      seconds(networkx),
      ratio(row.seconds, networkx, 3),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]): string =>
    cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(`${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  const found = [`Tejido ${result.modularity.toFixed(4)}`];
  for (const [library, value] of Object.entries(python?.modularity ?? {}))
    found.push(`${library} ${value.toFixed(4)}`);
  console.log(`Louvain modularity: ${found.join(', ')}`);
  if (python && python.networkx['paths'] === undefined) {
    console.log('NetworkX betweenness, closeness and constraint not timed; add --networkx-slow.');
  }
}

// Every timed call starts from a collected heap, so no row pays for collecting the garbage of
// the row before it (the graphology row leaves hundreds of MB); Python's side collects too.
// Sweeping is done inside gc(), not left to helper threads: their CPU counts in the process's
// time, and with the 250,000-tie snapshot held it had tripled the times of the next calls.
setFlagsFromString('--expose-gc');
setFlagsFromString('--no-concurrent-sweeping');
const collectGarbage = runInNewContext('gc') as () => void;

/** CPU seconds of the whole process (every thread: V8's compiler and GC helpers too). */
function cpuSeconds(run: () => unknown): number {
  collectGarbage();
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

function cpuTimes(runs: number, run: () => unknown): number[] {
  return Array.from({ length: runs }, () => cpuSeconds(run));
}

/** CPU seconds of `count` calls of a measure, garbage collected before (see cpuSeconds). */
type TimeCalls = (count: number) => number;

/**
 * CPU seconds of one call once compiled: the median of `runs` batches, each of as many calls
 * as fill BATCH_SECONDS (one for slow measures), divided by their count. A single call of a
 * sub-millisecond kernel is too short to time on a shared machine; Python's side batches the
 * same way (like its timeit).
 */
function warmMedian(runs: number, calls: TimeCalls): number {
  const last = warmUp(calls);
  const count = Math.max(1, Math.ceil(BATCH_SECONDS / Math.max(last, 1e-6)));
  return medianOf(Array.from({ length: runs }, () => calls(count))) / count;
}

const BATCH_SECONDS = 0.02;
const WARM_UP_SECONDS = 0.25;

/**
 * Calls not counted, until WARM_UP_SECONDS have gone (one call at least): V8 compiles a
 * kernel again as a whole on its second call, concurrently, so the next few calls can still
 * run the slower code. Returns the last call's time, to size the batches. 0.25 s, not the
 * 50 ms of before: a kernel whose first calls took 40–60 ms got a single call of warm-up, and
 * its "warm" batches were its 3rd to 5th calls, still being compiled (loading a snapshot took
 * 14 ms from its 7th call on, 20–30 ms before).
 */
function warmUp(calls: TimeCalls): number {
  let last = calls(1);
  for (let spent = last; spent < WARM_UP_SECONDS; spent += last) last = calls(1);
  return last;
}

function repeat(calls: number, run: () => unknown): void {
  for (let call = 0; call < calls; call += 1) run();
}

async function wallTimes(runs: number, run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await run();
    times.push((performance.now() - start) / 1000);
  }
  return times;
}

function medianOf(times: number[]): number {
  const sorted = [...times].sort((first, second) => first - second);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function format(seconds: number): string {
  return seconds < 1 ? `${(seconds * 1000).toFixed(1)} ms` : `${seconds.toFixed(2)} s`;
}

await main();
