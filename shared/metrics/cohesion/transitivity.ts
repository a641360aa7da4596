import type { Adjacency } from '../../graph/adjacency.ts';
import { undirectedView } from '../../graph/derived-adjacency.ts';
import { countTriangles } from '../../graph/triangles.ts';

/**
 * Transitivity: share of connected triples (two ties sharing an actor) that close into a
 * triangle, 3 × triangles / connected triples ("global clustering").
 * Directed: direction ignored. Weighted: no. Normalised: a share in [0, 1]; null when the
 * network has no connected triple (NetworkX returns 0 there).
 * Ref: Newman, Strogatz & Watts 2001, Phys. Rev. E 64:026118; Wasserman & Faust 1994, p. 243.
 */
export function transitivity(adjacency: Adjacency): number | null {
  const undirected = undirectedView(adjacency);
  const triangles = countTriangles(undirected);
  return closedShare(undirected.order, undirected.outOffsets, triangles);
}

/** 3 × triangles / connected triples, or null without triples. */
function closedShare(order: number, offsets: Int32Array, triangles: Float64Array): number | null {
  let closed = 0;
  let triples = 0;
  for (let node = 0; node < order; node += 1) {
    const degree = offsets[node + 1]! - offsets[node]!;
    closed += triangles[node]!;
    triples += (degree * (degree - 1)) / 2;
  }
  return triples === 0 ? null : closed / triples;
}
