import type { Adjacency } from '../../graph/adjacency.ts';

/**
 * Each actor's degrees, by actor number. Read-only: for an undirected network the three are
 * the same array (in = out = degree), written once instead of three times.
 */
export interface Degrees {
  degree: Float64Array;
  inDegree: Float64Array;
  outDegree: Float64Array;
}

/**
 * Degree of v: number of ties v has. In-degree counts ties received, out-degree ties sent.
 * Directed: degree = in-degree + out-degree (a reciprocated pair counts twice, as in NetworkX
 * and igraph); undirected: in-degree = out-degree = degree. Weighted: no (see strength).
 * Normalised: no (raw counts). Self-loops and parallel ties are not counted (see Adjacency).
 * Ref: Freeman 1979, Social Networks 1:215–239; Wasserman & Faust 1994, p. 178.
 */
export function degreeCentrality(adjacency: Adjacency): Degrees {
  const { order, outOffsets, inOffsets, directed } = adjacency;
  if (!directed) {
    const degree = new Float64Array(order);
    rowLengths(order, outOffsets, degree);
    return { degree, inDegree: degree, outDegree: degree };
  }
  const degree = new Float64Array(order);
  const inDegree = new Float64Array(order);
  const outDegree = new Float64Array(order);
  countDegrees(order, outOffsets, inOffsets, degree, inDegree, outDegree);
  return { degree, inDegree, outDegree };
}

function rowLengths(order: number, offsets: Int32Array, lengths: Float64Array): void {
  for (let node = 0; node < order; node += 1) lengths[node] = offsets[node + 1]! - offsets[node]!;
}

function countDegrees(
  order: number,
  outOffsets: Int32Array,
  inOffsets: Int32Array,
  degree: Float64Array,
  inDegree: Float64Array,
  outDegree: Float64Array,
): void {
  for (let node = 0; node < order; node += 1) {
    const sent = outOffsets[node + 1]! - outOffsets[node]!;
    const received = inOffsets[node + 1]! - inOffsets[node]!;
    outDegree[node] = sent;
    inDegree[node] = received;
    degree[node] = sent + received;
  }
}
