import type { Adjacency } from '../../graph/adjacency.ts';
import { accumulatePathTotals, type PathTotals } from '../../graph/shortest-path-totals.ts';
import { requirePositiveWeights } from '../path-weights.ts';

export interface Betweenness {
  raw: Float64Array;
  normalised: Float64Array;
}

/**
 * Betweenness of v: sum over pairs s ≠ v ≠ t of the share of shortest s–t paths through v.
 * Directed: ordered pairs along tie direction; undirected: each pair counted once (NetworkX
 * and igraph agree). Weighted: optional; a path's length is the sum of 1 / weight of its
 * ties, so strong ties are short; lengths equal within a relative 1e-10 tie (as in igraph).
 * Normalised: raw divided by the number of pairs not involving v, (n−1)(n−2) directed and
 * (n−1)(n−2)/2 undirected, so it lies in [0, 1]; with n ≤ 2 it is 0.
 * Ref: Freeman 1977, Sociometry 40:35–41; Brandes 2001, J. Math. Sociology 25:163–177.
 */
export function betweennessCentrality(adjacency: Adjacency): Betweenness {
  requirePositiveWeights(adjacency, 'betweenness');
  const totals = accumulatePathTotals(adjacency, { weighted: adjacency.weighted, component: null });
  return betweennessFromTotals(adjacency, totals);
}

/** Betweenness from a shortest-path pass already run over every source. */
export function betweennessFromTotals(adjacency: Adjacency, totals: PathTotals): Betweenness {
  const { order, directed } = adjacency;
  const raw = new Float64Array(order);
  const normalised = new Float64Array(order);
  const pairs = directed ? (order - 1) * (order - 2) : ((order - 1) * (order - 2)) / 2;
  for (let node = 0; node < order; node += 1) {
    raw[node] = directed ? totals.betweenness[node]! : totals.betweenness[node]! / 2;
    normalised[node] = pairs > 0 ? raw[node]! / pairs : 0;
  }
  return { raw, normalised };
}
