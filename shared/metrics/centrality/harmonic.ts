import type { Adjacency } from '../../graph/adjacency.ts';
import { accumulatePathTotals, type PathTotals } from '../../graph/shortest-path-totals.ts';
import { requirePositiveWeights } from '../path-weights.ts';

/**
 * Harmonic closeness of v: sum over other actors u of 1 / d(u, v), where an actor that cannot
 * reach v adds 0, so it needs no special case for disconnected networks.
 * Directed: incoming distances (as NetworkX). Weighted: optional, distance = Σ 1 / weight.
 * Normalised: divided by n − 1 (igraph's normalized=True; NetworkX returns the raw sum), so
 * 1 means every other actor is one step away; a lone actor scores 0.
 * Ref: Marchiori & Latora 2000, Physica A 285:539–546; Boldi & Vigna 2014, Internet Math. 10.
 */
export function harmonicCentrality(adjacency: Adjacency): Float64Array {
  requirePositiveWeights(adjacency, 'harmonic');
  const totals = accumulatePathTotals(adjacency, { weighted: adjacency.weighted, component: null });
  return harmonicFromTotals(adjacency, totals);
}

/** Harmonic closeness from a shortest-path pass already run over every source. */
export function harmonicFromTotals(adjacency: Adjacency, totals: PathTotals): Float64Array {
  const { order } = adjacency;
  const harmonic = new Float64Array(order);
  if (order < 2) return harmonic;
  for (let node = 0; node < order; node += 1) {
    harmonic[node] = totals.incomingReciprocal[node]! / (order - 1);
  }
  return harmonic;
}
