/**
 * Benchmark of Tejido's SNA engine against igraph and NetworkX on the same network.
 *
 *   npx tsx scripts/bench-metrics.ts [--nodes 10000] [--ties-per-actor 5] [--runs 3]
 *                                    [--threads N] [--no-python] [--networkx-slow]
 *
 * Generates a Barabási–Albert network (seeded), times each measure (median of --runs, cold
 * process, graph loading included as its own row), runs the shortest-path pass also split
 * over worker threads, then, when Debian's /usr/bin/python3 has python3-igraph and
 * python3-networkx (`sudo apt-get install python3-igraph python3-networkx`), times the same
 * measures there on the same edge list and prints measure × {Tejido, igraph, NetworkX} with
 * ratios (< 1 = Tejido faster). NetworkX betweenness, closeness and constraint take tens of
 * minutes or more at 10k actors, so they run (once) only with --networkx-slow; its Louvain runs
 * once. Loading: Tejido builds a graphology graph and the adjacency from the edge list in
 * memory; igraph and NetworkX read the same edge list from a file. No timing is asserted.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import Graph from 'graphology';
import { z } from 'zod';
import { buildAdjacency, type Adjacency } from '../shared/graph/adjacency.ts';
import {
  accumulatePathTotals,
  mergePathTotals,
  type PathTotals,
} from '../shared/graph/shortest-path-totals.ts';
import { analyze } from '../shared/metrics/analyze.ts';
import { burtConstraint } from '../shared/metrics/brokerage/constraint.ts';
import { eigenvectorCentrality } from '../shared/metrics/centrality/eigenvector.ts';
import { pageRank } from '../shared/metrics/centrality/pagerank.ts';
import { averageClustering, localClustering } from '../shared/metrics/cohesion/clustering.ts';
import { coreNumber } from '../shared/metrics/cohesion/k-core.ts';
import { transitivity } from '../shared/metrics/cohesion/transitivity.ts';
import { louvainCommunities } from '../shared/metrics/community/louvain.ts';
import { weakComponents } from '../shared/metrics/network/components.ts';
import { degreeAssortativity } from '../shared/metrics/network/degree-assortativity.ts';
import { createRandom } from '../shared/metrics/random.ts';

interface PathJob {
  adjacency: Adjacency;
  from: number;
  to: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '10000' },
      'ties-per-actor': { type: 'string', default: '5' },
      runs: { type: 'string', default: '3' },
      threads: { type: 'string', default: String(availableParallelism()) },
      'no-python': { type: 'boolean', default: false },
      'networkx-slow': { type: 'boolean', default: false },
    },
  });
  const order = Number(values.nodes);
  const tiesPerActor = Number(values['ties-per-actor']);
  const runs = Number(values.runs);
  const threads = Number(values.threads);
  const edges = barabasiAlbert(order, tiesPerActor, createRandom(2024));
  console.log(
    `Barabási–Albert network: ${order} actors, ${edges.length / 2} ties (m = ${tiesPerActor}, seed 2024); median of ${runs} runs\n`,
  );

  const graph = loadGraph(order, edges);
  const adjacency = buildAdjacency(graph, { directed: false, weight: null });
  const component = new Uint8Array(order).fill(1);
  const tejido = new Map<string, number>();
  const time = (label: string, run: () => unknown): void => {
    tejido.set(label, median(runs, run));
    console.log(`  Tejido ${label.padEnd(34)} ${format(tejido.get(label)!)}`);
  };
  time('load (graph + adjacency)', () =>
    buildAdjacency(loadGraph(order, edges), { directed: false, weight: null }),
  );
  time('betweenness + closeness (1 thread)', () =>
    accumulatePathTotals(adjacency, { weighted: false, component }),
  );
  const pool = await startPathPool(adjacency, threads);
  const parallel = await medianAsync(runs, () => pool.run());
  await pool.close();
  tejido.set(`betweenness + closeness (${threads} threads)`, parallel);
  console.log(
    `  Tejido ${`betweenness + closeness (${threads} threads)`.padEnd(34)} ${format(parallel)}`,
  );
  time('clustering (local + average)', () => averageClustering(localClustering(adjacency)));
  time('transitivity', () => transitivity(adjacency));
  time('pagerank', () => pageRank(adjacency));
  time('eigenvector', () => eigenvectorCentrality(adjacency));
  time('k-core', () => coreNumber(adjacency));
  time('constraint', () => burtConstraint(adjacency));
  time('louvain', () => louvainCommunities(adjacency, createRandom(1)));
  time('components', () => weakComponents(adjacency));
  time('degree assortativity', () => degreeAssortativity(adjacency));
  time('analyze() whole suite (1 thread)', () => analyze(graph));

  if (values['no-python'] || !existsSync('/usr/bin/python3')) {
    console.log('\nSkipping igraph and NetworkX (--no-python or no /usr/bin/python3).');
    printTable(tejido, null);
    return;
  }
  const folder = mkdtempSync(join(tmpdir(), 'tejido-bench-'));
  try {
    const edgeFile = join(folder, 'edges.txt');
    writeFileSync(edgeFile, edgeListText(edges));
    console.log('\nTiming igraph and NetworkX in /usr/bin/python3 (cold process) …');
    const output = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        pythonBenchmark,
        edgeFile,
        String(order),
        String(runs),
        String(values['networkx-slow']),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    printTable(tejido, PythonTimings.parse(JSON.parse(output)));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const PythonTimings = z.object({
  available: z.object({ igraph: z.boolean(), networkx: z.boolean() }),
  igraph: z.record(z.string(), z.number()),
  networkx: z.record(z.string(), z.number()),
});
type PythonTimings = z.infer<typeof PythonTimings>;

/** Which Python timing each Tejido row is compared with. */
const pythonKey: Record<string, string> = {
  'load (graph + adjacency)': 'load',
  'betweenness + closeness (1 thread)': 'betweenness + closeness',
  'clustering (local + average)': 'clustering',
  transitivity: 'transitivity',
  pagerank: 'pagerank',
  eigenvector: 'eigenvector',
  'k-core': 'k-core',
  constraint: 'constraint',
  louvain: 'louvain',
  components: 'components',
  'degree assortativity': 'degree assortativity',
};

function printTable(tejido: Map<string, number>, python: PythonTimings | null): void {
  const header = ['measure', 'Tejido', 'igraph', 'NetworkX', 'Tejido/igraph', 'Tejido/NetworkX'];
  const rows = [...tejido].map(([label, seconds]) => {
    const key =
      pythonKey[label] ??
      (label.startsWith('betweenness + closeness') ? 'betweenness + closeness' : '');
    const igraph = python?.igraph[key];
    const networkx = python?.networkx[key];
    return [
      label,
      format(seconds),
      igraph === undefined ? '—' : format(igraph),
      networkx === undefined ? '—' : format(networkx),
      igraph === undefined ? '—' : (seconds / igraph).toFixed(2),
      networkx === undefined ? '—' : (seconds / networkx).toFixed(3),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]): string =>
    cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  if (python && python.networkx['betweenness + closeness'] === undefined) {
    console.log('\nNetworkX betweenness, closeness and constraint not timed; add --networkx-slow.');
  }
}

/** Preferential attachment as NetworkX's barabasi_albert_graph: m ties per new actor. */
function barabasiAlbert(order: number, ties: number, random: () => number): Int32Array {
  const edges = new Int32Array(2 * ties * (order - ties));
  const repeated: number[] = [];
  let targets = Array.from({ length: ties }, (_value, index) => index);
  let written = 0;
  for (let source = ties; source < order; source += 1) {
    for (const target of targets) {
      edges[written++] = source;
      edges[written++] = target;
      repeated.push(target, source);
    }
    const chosen = new Set<number>();
    while (chosen.size < ties) chosen.add(repeated[Math.floor(random() * repeated.length)]!);
    targets = [...chosen];
  }
  return edges;
}

function loadGraph(order: number, edges: Int32Array): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (let node = 0; node < order; node += 1) graph.addNode(String(node));
  for (let index = 0; index < edges.length; index += 2) {
    graph.addEdge(String(edges[index]), String(edges[index + 1]));
  }
  return graph;
}

function edgeListText(edges: Int32Array): string {
  const lines: string[] = [];
  for (let index = 0; index < edges.length; index += 2)
    lines.push(`${edges[index]} ${edges[index + 1]}`);
  return `${lines.join('\n')}\n`;
}

/** Worker threads do not inherit tsx's loader: a tiny module registers it, then loads this file. */
const workerBootstrap = new URL(
  `data:text/javascript,${encodeURIComponent(
    `import { register } from ${JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs'))};
register();
await import(${JSON.stringify(import.meta.url)});`,
  )}`,
);

interface PathPool {
  run(): Promise<PathTotals>;
  close(): Promise<void>;
}

/**
 * Worker threads that each hold the adjacency and run the shortest-path pass over a contiguous
 * range of sources; the parts add up (mergePathTotals). Started once, as the app's analysis
 * worker would be, so a run times the pass and the transfer, not thread start-up.
 */
async function startPathPool(adjacency: Adjacency, threads: number): Promise<PathPool> {
  const chunk = Math.ceil(adjacency.order / threads);
  const workers = await Promise.all(
    Array.from({ length: threads }, (_value, thread) => {
      const job: PathJob = {
        adjacency,
        from: thread * chunk,
        to: Math.min(adjacency.order, (thread + 1) * chunk),
      };
      const worker = new Worker(workerBootstrap, { workerData: job });
      return new Promise<Worker>((resolve, reject) => {
        worker.once('message', () => resolve(worker));
        worker.once('error', reject);
      });
    }),
  );
  const runOne = (worker: Worker): Promise<PathTotals> =>
    new Promise((resolve, reject) => {
      worker.once('message', (totals: PathTotals) => resolve(totals));
      worker.once('error', reject);
      worker.postMessage('run');
    });
  return {
    run: async () => mergePathTotals(await Promise.all(workers.map(runOne)), adjacency.order),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

function median(runs: number, run: () => unknown): number {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    run();
    times.push((performance.now() - start) / 1000);
  }
  return times.sort((first, second) => first - second)[Math.floor(times.length / 2)]!;
}

async function medianAsync(runs: number, run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await run();
    times.push((performance.now() - start) / 1000);
  }
  return times.sort((first, second) => first - second)[Math.floor(times.length / 2)]!;
}

function format(seconds: number): string {
  return seconds < 1 ? `${(seconds * 1000).toFixed(1)} ms` : `${seconds.toFixed(2)} s`;
}

/** Times the same measures in igraph and NetworkX; prints JSON on stdout, progress on stderr. */
const pythonBenchmark = `
import json, statistics, sys, time
edge_file, order, runs, slow = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "true"
result = {"available": {"igraph": False, "networkx": False}, "igraph": {}, "networkx": {}}

def timed(library, name, compute, repeat=runs):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        compute()
        times.append(time.perf_counter() - start)
    result[library][name] = statistics.median(times)
    print(f"  {library} {name:<34} {result[library][name]:.3f} s", file=sys.stderr, flush=True)

try:
    import igraph
    result["available"]["igraph"] = True
    timed("igraph", "load", lambda: igraph.Graph.Read_Edgelist(edge_file, directed=False))
    g = igraph.Graph.Read_Edgelist(edge_file, directed=False)
    timed("igraph", "betweenness", lambda: g.betweenness())
    timed("igraph", "closeness", lambda: g.closeness())
    result["igraph"]["betweenness + closeness"] = result["igraph"]["betweenness"] + result["igraph"]["closeness"]
    timed("igraph", "clustering", lambda: g.transitivity_avglocal_undirected(mode="zero"))
    timed("igraph", "transitivity", lambda: g.transitivity_undirected())
    timed("igraph", "pagerank", lambda: g.pagerank(damping=0.85))
    timed("igraph", "eigenvector", lambda: g.eigenvector_centrality())
    timed("igraph", "k-core", lambda: g.coreness())
    timed("igraph", "constraint", lambda: g.constraint())
    timed("igraph", "louvain", lambda: g.community_multilevel())
    timed("igraph", "components", lambda: g.connected_components())
    timed("igraph", "degree assortativity", lambda: g.assortativity_degree(directed=False))
except ImportError:
    print("python3-igraph is not installed: sudo apt-get install python3-igraph", file=sys.stderr)

try:
    import networkx as nx
    result["available"]["networkx"] = True
    timed("networkx", "load", lambda: nx.read_edgelist(edge_file, nodetype=int))
    G = nx.read_edgelist(edge_file, nodetype=int)
    if slow:
        timed("networkx", "betweenness", lambda: nx.betweenness_centrality(G), 1)
        timed("networkx", "closeness", lambda: nx.closeness_centrality(G), 1)
        result["networkx"]["betweenness + closeness"] = result["networkx"]["betweenness"] + result["networkx"]["closeness"]
        timed("networkx", "constraint", lambda: nx.constraint(G), 1)
    timed("networkx", "clustering", lambda: nx.average_clustering(G))
    timed("networkx", "transitivity", lambda: nx.transitivity(G))
    timed("networkx", "pagerank", lambda: nx.pagerank(G, alpha=0.85))
    timed("networkx", "eigenvector", lambda: nx.eigenvector_centrality(G, max_iter=1000))
    timed("networkx", "k-core", lambda: nx.core_number(G))
    timed("networkx", "louvain", lambda: nx.community.louvain_communities(G, seed=1), 1)
    timed("networkx", "components", lambda: list(nx.connected_components(G)))
    timed("networkx", "degree assortativity", lambda: nx.degree_assortativity_coefficient(G))
except ImportError:
    print("python3-networkx is not installed: sudo apt-get install python3-networkx", file=sys.stderr)

print(json.dumps(result))
`;

// Last, so every constant above is initialised: the same file is the main script and the worker.
if (!isMainThread) {
  const job = workerData as PathJob;
  const component = new Uint8Array(job.adjacency.order).fill(1);
  parentPort!.on('message', () => {
    parentPort!.postMessage(
      accumulatePathTotals(job.adjacency, {
        weighted: false,
        component,
        from: job.from,
        to: job.to,
      }),
    );
  });
  parentPort!.postMessage('ready');
} else {
  await main();
}
