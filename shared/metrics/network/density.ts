import type { Adjacency } from '../../graph/adjacency.ts';

/**
 * Density: ties present divided by ties possible, n(n−1) directed or n(n−1)/2 undirected.
 * Directed: yes, ordered pairs. Weighted: no (a tie is present or not). Normalised: a share in
 * [0, 1]. Null with fewer than two actors (no tie is possible; NetworkX returns 0).
 * Ref: Wasserman & Faust 1994, p. 101.
 */
export function density(adjacency: Adjacency): number | null {
  const { order, size, directed } = adjacency;
  if (order < 2) return null;
  const possible = directed ? order * (order - 1) : (order * (order - 1)) / 2;
  return size / possible;
}
