/**
 * The igraph and NetworkX half of bench-metrics.ts: a Python program run in Debian's
 * /usr/bin/python3 (python3-igraph, python3-networkx) on the same edge list, printing JSON.
 * Each timing is CPU seconds of the Python process (time.process_time), like the Tejido
 * column, so ratios hold on a machine shared with other jobs. As on the Tejido side, each
 * measure is timed on its first call ("NAME first") and then, after 0.25 s of calls not
 * counted, as the median of `runs` batches of calls each filling 20 ms at least, per call
 * ("NAME"); the shortest-path measures `runs` times in all, the first being the first.
 */
import { execFileSync } from 'node:child_process';
import { z } from 'zod';

export const PythonTimings = z.object({
  available: z.object({ igraph: z.boolean(), networkx: z.boolean() }),
  igraph: z.record(z.string(), z.number()),
  networkx: z.record(z.string(), z.number()),
  /** Modularity of each library's Louvain partition (seeded where the library allows). */
  modularity: z.record(z.string(), z.number()),
});
export type PythonTimings = z.infer<typeof PythonTimings>;

export interface PythonRun {
  edgeFile: string;
  runs: number;
  /** Time betweenness and closeness once instead of `runs` times (large networks). */
  pathsOnce: boolean;
  /** Also time NetworkX's betweenness, closeness and constraint (hours at 50k). */
  networkxSlow: boolean;
  /** Time betweenness and closeness at all. */
  paths: boolean;
  /** Leave NetworkX out (it adds minutes at 50k and igraph is the target). */
  networkx: boolean;
  /**
   * The edge list has a third column of weights: igraph reads it with Read_Ncol and measures
   * by weight (shortest paths on length 1/weight), as the Tejido side.
   */
  weighted: boolean;
}

export function timePython(run: PythonRun): PythonTimings {
  const args = [
    '-c',
    program,
    run.edgeFile,
    String(run.runs),
    String(run.pathsOnce),
    String(run.networkxSlow),
    String(run.networkx),
    String(run.paths),
    String(run.weighted),
  ];
  let output: string;
  try {
    output = execFileSync('/usr/bin/python3', args, {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } catch (error) {
    // A run of many minutes that dies (killed, out of memory) still gives what it timed.
    const partial = (error as { stdout?: unknown }).stdout;
    console.log(`Python stopped early (${String(error).split('\n')[0]}); keeping what it timed.`);
    output = typeof partial === 'string' ? partial : '';
  }
  return timingsFromLines(output);
}

/** One JSON line per timing as it is made, then the whole result (absent if Python died). */
function timingsFromLines(output: string): PythonTimings {
  const result: PythonTimings = {
    available: { igraph: false, networkx: false },
    igraph: {},
    networkx: {},
    modularity: {},
  };
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue;
    const parsed = PythonLine.parse(JSON.parse(line));
    if ('timing' in parsed) {
      const [library, name, seconds] = parsed.timing;
      result.available[library] = true;
      result[library][name] = seconds;
    } else {
      return parsed;
    }
  }
  return result;
}

const PythonLine = z.union([
  z.object({
    timing: z.tuple([z.enum(['igraph', 'networkx']), z.string(), z.number()]),
  }),
  PythonTimings,
]);

const program = `
import gc, json, math, statistics, sys, time
edge_file, runs, paths_once, slow, use_networkx, paths, weighted = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "true", sys.argv[4] == "true", sys.argv[5] == "true", sys.argv[6] == "true", sys.argv[7] == "true"
# Weighted: measures read the tie attribute "weight", shortest paths its inverse "length".
W, L = ("weight", "length") if weighted else (None, None)
result = {"available": {"igraph": False, "networkx": False}, "igraph": {}, "networkx": {}, "modularity": {}}
path_runs = 1 if paths_once else runs

def cpu_seconds(compute):
    gc.collect()
    start = time.process_time()
    compute()
    return time.process_time() - start

def record(library, name, seconds):
    result[library][name] = seconds
    print(json.dumps({"timing": [library, name, seconds]}), flush=True)

# As the Tejido side: the first call, then the median of runs more (repeat=None); or, for
# the shortest-path measures, repeat calls in all whose first is the first call.
# Once past the first call, a batch of calls filling 20 ms at least (as the Tejido side).
# Calls not counted until 0.25 s have gone (one at least), as the Tejido side warms up.
def warm_median(compute):
    spent = 0.0
    while True:
        last = cpu_seconds(compute)
        spent += last
        if spent >= 0.25:
            break
    calls = max(1, math.ceil(0.02 / max(last, 1e-6)))
    def batch():
        for _ in range(calls):
            compute()
    return statistics.median([cpu_seconds(batch) for _ in range(runs)]) / calls

def timed(library, name, compute, repeat=None):
    first = cpu_seconds(compute)
    times = [warm_median(compute)] if repeat is None else [first] + [cpu_seconds(compute) for _ in range(repeat - 1)]
    record(library, name + " first", first)
    record(library, name, statistics.median(times))
    print(f"  {library} {name:<40} first {first:.4f} s, then {result[library][name]:.4f} s", file=sys.stderr, flush=True)

try:
    import igraph
    result["available"]["igraph"] = True
    if weighted:
        read = lambda: igraph.Graph.Read_Ncol(edge_file, directed=False, weights=True)
    else:
        read = lambda: igraph.Graph.Read_Edgelist(edge_file, directed=False)
    timed("igraph", "load", read)
    g = read()
    # Named ties already in memory, as Tejido's project snapshot row reads them: igraph's
    # quickest way from names to a graph. Its later calls find the names' hashes cached.
    if weighted:
        g.es["length"] = [1.0 / weight for weight in g.es["weight"]]
        named = [(f"actor-{e.source}", f"actor-{e.target}", e["weight"]) for e in g.es]
    else:
        named = [(f"actor-{u}", f"actor-{v}") for u, v in g.get_edgelist()]
    timed("igraph", "load named", lambda: igraph.Graph.TupleList(named, directed=False, weights=weighted))
    timed("igraph", "clustering", lambda: g.transitivity_avglocal_undirected(mode="zero"))
    timed("igraph", "transitivity", lambda: g.transitivity_undirected())
    timed("igraph", "pagerank", lambda: g.pagerank(damping=0.85, weights=W))
    timed("igraph", "eigenvector", lambda: g.eigenvector_centrality(weights=W))
    timed("igraph", "k-core", lambda: g.coreness())
    timed("igraph", "constraint", lambda: g.constraint(weights=W))
    timed("igraph", "louvain", lambda: g.community_multilevel(weights=W))
    result["modularity"]["igraph"] = g.community_multilevel(weights=W).modularity
    timed("igraph", "components", lambda: g.connected_components())
    timed("igraph", "degree assortativity", lambda: g.assortativity_degree(directed=False))
    timed("igraph", "degree", lambda: (g.degree(), g.strength(weights=W)))
    if paths:
        timed("igraph", "betweenness", lambda: g.betweenness(weights=L), path_runs)
        timed("igraph", "closeness", lambda: g.closeness(weights=L), path_runs)
        for suffix in ("", " first"):
            record("igraph", "paths" + suffix, result["igraph"]["betweenness" + suffix] + result["igraph"]["closeness" + suffix])
except ImportError:
    print("python3-igraph is not installed: sudo apt-get install python3-igraph", file=sys.stderr)

try:
    if not use_networkx:
        raise ImportError("left out")
    import networkx as nx
    result["available"]["networkx"] = True
    timed("networkx", "load", lambda: nx.read_edgelist(edge_file, nodetype=int))
    G = nx.read_edgelist(edge_file, nodetype=int)
    if slow:
        timed("networkx", "betweenness", lambda: nx.betweenness_centrality(G), 1)
        timed("networkx", "closeness", lambda: nx.closeness_centrality(G), 1)
        for suffix in ("", " first"):
            record("networkx", "paths" + suffix, result["networkx"]["betweenness" + suffix] + result["networkx"]["closeness" + suffix])
        timed("networkx", "constraint", lambda: nx.constraint(G), 1)
    timed("networkx", "clustering", lambda: nx.average_clustering(G))
    timed("networkx", "transitivity", lambda: nx.transitivity(G))
    timed("networkx", "pagerank", lambda: nx.pagerank(G, alpha=0.85))
    timed("networkx", "eigenvector", lambda: nx.eigenvector_centrality(G, max_iter=1000))
    timed("networkx", "k-core", lambda: nx.core_number(G))
    found = {}
    timed("networkx", "louvain", lambda: found.update(c=nx.community.louvain_communities(G, seed=1)), 1)
    result["modularity"]["networkx"] = nx.community.modularity(G, found["c"])
    timed("networkx", "components", lambda: list(nx.connected_components(G)))
    timed("networkx", "degree assortativity", lambda: nx.degree_assortativity_coefficient(G))
    timed("networkx", "degree", lambda: (dict(G.degree()), dict(G.degree(weight="weight"))))
except ImportError:
    if use_networkx:
        print("python3-networkx is not installed: sudo apt-get install python3-networkx", file=sys.stderr)

print(json.dumps(result))
`;
