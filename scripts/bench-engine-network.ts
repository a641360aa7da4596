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

/**
 * Seeded tie weights 1–5, as the frequency or strength a survey records: whole numbers, so
 * many paths of equal length, which a weighted shortest-path pass must count apart.
 */
export function tieWeights(ties: number, random: () => number): Int32Array {
  return Int32Array.from({ length: ties }, () => 1 + Math.floor(random() * 5));
}

/** "SOURCE TARGET" lines, or "SOURCE TARGET WEIGHT" with weights (igraph's Read_Ncol). */
export function edgeListText(edges: Int32Array, weights: Int32Array | null): string {
  const lines: string[] = [];
  for (let index = 0; index < edges.length; index += 2) {
    const weight = weights ? ` ${weights[index >> 1]}` : '';
    lines.push(`${edges[index]} ${edges[index + 1]}${weight}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Reads "SOURCE TARGET" lines of actor numbers (igraph's Read_Edgelist format: actors are
 * 0..largest number), or "SOURCE TARGET WEIGHT" lines of whole numbers when `weighted`, into
 * an undirected adjacency, as igraph's loader does, digit by digit.
 */
export function adjacencyFromEdgeList(text: string, weighted: boolean): Adjacency {
  const ties = createTieList(text.length >> 2);
  ties.length = parseEdgeList(text, weighted ? 3 : 2, ties.sources, ties.targets, ties.weights);
  const order = largestEnd(ties.sources, ties.targets, ties.length) + 1;
  const ids = Array.from({ length: order }, (_value, index) => String(index));
  return adjacencyFromTies(ids, ties, false, weighted);
}

/**
 * The numbers of the text, `perTie` at a time (2: two ends; 3: and a weight), into the tie
 * arrays; returns how many ties. One loop over typed arrays with nothing after it, so V8
 * compiles it once.
 */
function parseEdgeList(
  text: string,
  perTie: number,
  sources: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
): number {
  let length = 0;
  let value = -1;
  let read = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 10;
    if (code >= 48 && code <= 57) {
      value = (value < 0 ? 0 : value * 10) + code - 48;
      continue;
    }
    if (value < 0) continue;
    if (read === 0) sources[length] = value;
    else if (read === 1) targets[length] = value;
    else weights[length] = value;
    read += 1;
    if (read === perTie) {
      if (perTie === 2) weights[length] = 1;
      length += 1;
      read = 0;
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

/**
 * The network as a project snapshot: actors with sectors, undirected existing ties, each of
 * weight 1 or of its weight in `weights`.
 */
export function snapshotOf(
  order: number,
  edges: Int32Array,
  weights: Int32Array | null,
): NetworkSnapshot {
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
      weight: weights ? weights[index]! : 1,
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
