import type { Adjacency } from '../../graph/adjacency.ts';

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
  const degree = new Float64Array(order);
  const inDegree = new Float64Array(order);
  const outDegree = new Float64Array(order);
  for (let node = 0; node < order; node += 1) {
    outDegree[node] = outOffsets[node + 1]! - outOffsets[node]!;
    inDegree[node] = inOffsets[node + 1]! - inOffsets[node]!;
    degree[node] = directed ? inDegree[node]! + outDegree[node]! : outDegree[node]!;
  }
  return { degree, inDegree, outDegree };
}
