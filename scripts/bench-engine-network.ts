/**
 * The benchmark network of bench-metrics.ts, in the three forms it is loaded from: a plain edge
 * list (what igraph and NetworkX read), the same text read into the engine's adjacency, and a
 * project snapshot (what the app's analysis worker and `tejido analyze` on a project read).
 */
import { adjacencyFromTies, createTieList, type Adjacency } from '../shared/graph/adjacency.ts';
import { NetworkSnapshot } from '../shared/api/network.ts';
import { DEFAULT_SECTORS, DEFAULT_TIE_TYPES } from '../shared/domain/default-catalog.ts';

/** Preferential attachment as NetworkX's barabasi_albert_graph: m ties per new actor. */
export function barabasiAlbert(order: number, ties: number, random: () => number): Int32Array {
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

export function edgeListText(edges: Int32Array): string {
  const lines: string[] = [];
  for (let index = 0; index < edges.length; index += 2)
    lines.push(`${edges[index]} ${edges[index + 1]}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Reads "SOURCE TARGET" lines of actor numbers (igraph's Read_Edgelist format: actors are
 * 0..largest number) into an undirected adjacency, as igraph's loader does, digit by digit.
 */
export function adjacencyFromEdgeList(text: string): Adjacency {
  const ties = createTieList(text.length >> 2);
  ties.length = parseEdgeList(text, ties.sources, ties.targets, ties.weights);
  const order = largestEnd(ties.sources, ties.targets, ties.length) + 1;
  const ids = Array.from({ length: order }, (_value, index) => String(index));
  return adjacencyFromTies(ids, ties, false, false);
}

/**
 * The number pairs of the text into the tie arrays; returns how many. One loop over typed
 * arrays with nothing after it, so V8 compiles it once.
 */
function parseEdgeList(
  text: string,
  sources: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
): number {
  let length = 0;
  let value = -1;
  let source = -1;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 10;
    if (code >= 48 && code <= 57) {
      value = (value < 0 ? 0 : value * 10) + code - 48;
      continue;
    }
    if (value < 0) continue;
    if (source < 0) {
      source = value;
    } else {
      sources[length] = source;
      targets[length] = value;
      weights[length] = 1;
      length += 1;
      source = -1;
    }
    value = -1;
  }
  return length;
}

function largestEnd(sources: Int32Array, targets: Int32Array, length: number): number {
  let largest = -1;
  for (let index = 0; index < length; index += 1) {
    largest = Math.max(largest, sources[index]!, targets[index]!);
  }
  return largest;
}

/** The network as a project snapshot: actors with sectors, undirected existing ties. */
export function snapshotOf(order: number, edges: Int32Array): NetworkSnapshot {
  const sectors = DEFAULT_SECTORS.map((sector) => sector.key);
  return NetworkSnapshot.parse({
    actors: Array.from({ length: order }, (_value, index) => ({
      id: `actor-${index}`,
      name: `Actor ${index}`,
      sector: sectors[index % sectors.length]!,
      kind: 'organisation',
      region: null,
      attributes: {},
      notes: '',
    })),
    ties: Array.from({ length: edges.length / 2 }, (_value, index) => ({
      id: `tie-${index}`,
      source: `actor-${edges[2 * index]}`,
      target: `actor-${edges[2 * index + 1]}`,
      type: 'collaboration',
      weight: 1,
      status: 'existing',
      spells: [],
      evidence: null,
      note: '',
      attributes: {},
    })),
    sectors: DEFAULT_SECTORS,
    tieTypes: DEFAULT_TIE_TYPES,
  });
}
