import type { Adjacency } from '../../graph/adjacency.ts';
import { undirectedView } from '../../graph/derived-adjacency.ts';
import { countTriangles } from '../../graph/triangles.ts';

/**
 * Clustering coefficient of v: share of pairs of v's neighbours that are tied to each other.
 * Directed: direction ignored (u and v are neighbours when either sends a tie), as igraph's
 * transitivity_local_undirected; NetworkX would use Fagiolo's directed variant instead.
 * Weighted: no. Normalised: a share in [0, 1]; an actor with fewer than two neighbours
 * scores 0 (NetworkX's convention; igraph returns NaN).
 * Ref: Watts & Strogatz 1998, Nature 393:440–442.
 */
export function localClustering(adjacency: Adjacency): Float64Array {
  const undirected = undirectedView(adjacency);
  const triangles = countTriangles(undirected);
  const clustering = new Float64Array(undirected.order);
  clusteringFromTriangles(undirected.outOffsets, triangles, clustering);
  return clustering;
}

function clusteringFromTriangles(
  offsets: Int32Array,
  triangles: Float64Array,
  clustering: Float64Array,
): void {
  for (let node = 0; node < clustering.length; node += 1) {
    const degree = offsets[node + 1]! - offsets[node]!;
    if (degree > 1) clustering[node] = (2 * triangles[node]!) / (degree * (degree - 1));
  }
}

/**
 * Average clustering: the mean of every actor's clustering coefficient, zeros included
 * (NetworkX's average_clustering; igraph's transitivity_avglocal_undirected mode "zero").
 * Directed: direction ignored. Weighted: no. Null for a network without actors.
 * Ref: Watts & Strogatz 1998, Nature 393:440–442.
 */
export function averageClustering(clustering: Float64Array): number | null {
  if (clustering.length === 0) return null;
  let total = 0;
  for (let node = 0; node < clustering.length; node += 1) total += clustering[node]!;
  return total / clustering.length;
}
