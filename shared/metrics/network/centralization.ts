import type { Adjacency } from '../../graph/adjacency.ts';
import { undirectedView } from '../../graph/derived-adjacency.ts';

/**
 * Freeman degree centralisation: Σ_v (max degree − degree of v) divided by its largest
 * possible value, (n−1)(n−2), reached by a star; 1 = a star, 0 = everyone equal.
 * Directed: direction ignored (degree = number of distinct neighbours), as igraph's
 * centralization_degree on the undirected network. Weighted: no. Normalised: yes, [0, 1].
 * Null with fewer than three actors.
 * Ref: Freeman 1979, Social Networks 1:215–239 (eq. 7).
 */
export function degreeCentralization(adjacency: Adjacency): number | null {
  const undirected = undirectedView(adjacency);
  const { order, outOffsets } = undirected;
  if (order < 3) return null;
  const degrees = Array.from(
    { length: order },
    (_value, node) => outOffsets[node + 1]! - outOffsets[node]!,
  );
  return freemanSum(degrees) / ((order - 1) * (order - 2));
}

/**
 * Freeman betweenness centralisation: Σ_v (max − betweenness of v) over its largest possible
 * value, reached by a star: (n−1)²(n−2)/2 undirected, (n−1)²(n−2) directed; with normalised
 * betweenness both are Σ (max − b'_v) / (n − 1) (igraph's centralization_betweenness).
 * Directed: as betweenness. Weighted: as betweenness. Normalised: yes, [0, 1].
 * Null with fewer than three actors.
 * Ref: Freeman 1979, Social Networks 1:215–239 (eq. 13).
 */
export function betweennessCentralization(normalisedBetweenness: Float64Array): number | null {
  const order = normalisedBetweenness.length;
  if (order < 3) return null;
  return freemanSum(Array.from(normalisedBetweenness)) / (order - 1);
}

function freemanSum(values: readonly number[]): number {
  let maximum = -Infinity;
  for (const value of values) maximum = Math.max(maximum, value);
  let sum = 0;
  for (const value of values) sum += maximum - value;
  return sum;
}
