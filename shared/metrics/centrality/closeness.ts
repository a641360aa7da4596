import type { Adjacency } from '../../graph/adjacency.ts';
import { accumulatePathTotals, type PathTotals } from '../../graph/shortest-path-totals.ts';
import { requirePositiveWeights } from '../path-weights.ts';

/**
 * Closeness centrality of v: number of actors that reach v, divided by the
 * sum of their shortest-path distances to v.
 * Directed: incoming distances. Weighted: optional, distance = Σ 1 / weight along the path.
 * Normalised: Wasserman–Faust, times the share of other actors that reach v, so scores stay
 * comparable in a disconnected network (NetworkX's wf_improved=True);
 * an actor nobody reaches scores 0.
 * Ref: Freeman 1979, Social Networks 1:215–239; Wasserman & Faust 1994, p. 201.
 */
export function closenessCentrality(adjacency: Adjacency): Float64Array {
  requirePositiveWeights(adjacency, 'closeness');
  const totals = accumulatePathTotals(adjacency, { weighted: adjacency.weighted, component: null });
  return closenessFromTotals(adjacency, totals);
}

/** Closeness from a shortest-path pass already run over every source. */
export function closenessFromTotals(adjacency: Adjacency, totals: PathTotals): Float64Array {
  const { order } = adjacency;
  const closeness = new Float64Array(order);
  for (let node = 0; node < order; node += 1) {
    const reached = totals.reachedBy[node]!;
    const distance = totals.incomingDistance[node]!;
    if (reached === 0 || distance === 0) continue;
    closeness[node] = (reached / distance) * (reached / (order - 1));
  }
  return closeness;
}
