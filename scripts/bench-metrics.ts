/**
 * Benchmark of Tejido's SNA engine against igraph and NetworkX on the same networks.
 *
 *   npx tsx scripts/bench-metrics.ts [--sizes 10000,50000] [--ties-per-actor 5] [--runs 3]
 *                                    [--threads N] [--no-python] [--no-networkx]
 *                                    [--networkx-slow] [--full] [--paths-once-from 20000]
 *                                    [--no-paths]
 *
 * For each size, generates a Barabási–Albert network (seeded), times each measure (median of
 * --runs; betweenness + closeness once from 20,000 actors on, as igraph's), loading included as
 * its own rows. From 20,000 actors on, the rows that repeat the shortest-path pass (over
 * threads, and the whole analysis) run only with --full, as they add minutes each; then, when Debian's /usr/bin/python3 has python3-igraph and python3-networkx
 * (`sudo apt-get install python3-igraph python3-networkx`), times the same measures there on
 * the same edge list, and prints measure × size × {Tejido, igraph, NetworkX} with ratios
 * (< 1 = Tejido faster).
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
} from './bench-engine-network.ts';
import { timePython, type PythonTimings } from './bench-engine-python.ts';

interface Row {
  label: string;
  /** The Python timing this row is compared with; for the suite, the sum of all of them. */
  python: string | null;
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
  for (const result of results) printTable(result, threads);
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
  },
): Promise<SizeResult> {
  const loadBefore = loadavg()[0]!.toFixed(1);
  const edges = barabasiAlbert(order, tiesPerActor, createRandom(2024));
  const large = order >= Number(values['paths-once-from']);
  const pathRuns = large ? 1 : runs;
  const timePaths = !values['no-paths'];
  const repeatPaths = timePaths && (!large || values.full);
  console.log(
    `\nBarabási–Albert network: ${order} actors, ${edges.length / 2} ties (m = ${tiesPerActor}, seed 2024); median of ${runs} runs (${pathRuns} for paths); load average ${loadBefore}`,
  );
  const folder = mkdtempSync(join(tmpdir(), 'tejido-bench-'));
  const edgeFile = join(folder, 'edges.txt');
  writeFileSync(edgeFile, edgeListText(edges));
  const snapshot = snapshotOf(order, edges);
  const rows: Row[] = [];
  const time = (label: string, python: string | null, run: () => unknown, times = runs): void => {
    const seconds = medianCpu(times, run);
    rows.push({ label, python, seconds, wall: false });
    console.log(`  Tejido ${label.padEnd(46)} ${format(seconds)}`);
  };
  try {
    time('load: edge list file → adjacency', 'load', () =>
      adjacencyFromEdgeList(readFileSync(edgeFile, 'latin1')),
    );
    time('load: project snapshot → adjacency', 'load', () => prepareSnapshot(snapshot));
    time('load: graphology graph + adjacency', 'load', () =>
      buildAdjacency(graphologyGraph(order, edges), { directed: false, weight: null }),
    );
    const { prepared } = prepareSnapshot(snapshot);
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
      time(
        'betweenness + closeness, 1 thread',
        'paths',
        () => accumulatePathTotals(adjacency, pass),
        pathRuns,
      );
    }
    const pool = repeatPaths ? await startPathThreads(adjacency, threads) : null;
    if (pool) {
      const parallel = await medianWall(pathRuns, () => pool.run(pass));
      rows.push({
        label: `betweenness + closeness, ${threads} threads`,
        python: 'paths',
        seconds: parallel,
        wall: true,
      });
      console.log(
        `  Tejido ${`betweenness + closeness, ${threads} threads`.padEnd(46)} ${format(parallel)} wall`,
      );
    }
    if (pool) {
      time(
        'whole analysis, 1 thread (load + every measure)',
        'suite',
        () => analyzePrepared(prepareSnapshot(snapshot).prepared),
        pathRuns,
      );
      const suite = await medianWall(pathRuns, async () => {
        const fresh = prepareSnapshot(snapshot).prepared;
        const pathTotals = await pool.run(pathPassFor(fresh.adjacency));
        return analyzePrepared(fresh, { pathTotals });
      });
      await pool.close();
      const label = `whole analysis, ${threads} threads (load + every measure)`;
      rows.push({ label, python: 'suite', seconds: suite, wall: true });
      console.log(`  Tejido ${label.padEnd(46)} ${format(suite)} wall`);
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
          networkx: !values['no-networkx'],
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
function graphologyGraph(order: number, edges: Int32Array): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (let node = 0; node < order; node += 1) graph.addNode(String(node));
  for (let index = 0; index < edges.length; index += 2) {
    graph.addEdge(String(edges[index]), String(edges[index + 1]));
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

function pythonTime(timings: Record<string, number> | undefined, key: string | null) {
  if (!timings || key === null) return undefined;
  if (key !== 'suite') return timings[key];
  let total = 0;
  for (const part of suiteParts) {
    const value = timings[part];
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

function printTable(result: SizeResult, threads: number): void {
  const { python } = result;
  console.log(
    `\n${result.order} actors, ${result.ties} ties (load average ${result.load}; ${threads} threads)`,
  );
  const header = ['measure', 'Tejido', 'igraph', 'NetworkX', 'Tejido/igraph', 'Tejido/NetworkX'];
  const rows = result.rows.map((row) => {
    const igraph = pythonTime(python?.igraph, row.python);
    const networkx = pythonTime(python?.networkx, row.python);
    return [
      row.label,
      `${format(row.seconds)}${row.wall ? ' wall' : ''}`,
      igraph === undefined ? '—' : format(igraph),
      networkx === undefined ? '—' : format(networkx),
      igraph === undefined ? '—' : (row.seconds / igraph).toFixed(2),
      networkx === undefined ? '—' : (row.seconds / networkx).toFixed(3),
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

function medianCpu(runs: number, run: () => unknown): number {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1e6);
  }
  return medianOf(times);
}

async function medianWall(runs: number, run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await run();
    times.push((performance.now() - start) / 1000);
  }
  return medianOf(times);
}

function medianOf(times: number[]): number {
  const sorted = [...times].sort((first, second) => first - second);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function format(seconds: number): string {
  return seconds < 1 ? `${(seconds * 1000).toFixed(1)} ms` : `${seconds.toFixed(2)} s`;
}

await main();
