import type { Adjacency } from '../../graph/adjacency.ts';
import { undirectedView } from '../../graph/derived-adjacency.ts';
import { requirePositiveWeights } from '../path-weights.ts';

/**
 * Burt's constraint of v: how much v's ties lead to contacts who are tied to each other,
 * Σ_j (p_vj + Σ_q p_vq p_qj)² over v's contacts j, where p_vj is the share of v's tie weight
 * that goes to j. Low constraint = brokerage opportunities (structural holes).
 * Directed: p uses the mutual weight w_vj + w_jv, so direction is ignored (Burt; NetworkX).
 * Weighted: optional, through p. Normalised: no; it ranges from about 0 up to a little over 1
 * (1 for a single contact). Undefined (null) for an actor without ties.
 * Ref: Burt 1992, Structural Holes, p. 54–55; NetworkX's constraint.
 */
export function burtConstraint(adjacency: Adjacency): Float64Array {
  requirePositiveWeights(adjacency, 'constraint');
  const undirected = undirectedView(adjacency);
  const { order, outOffsets, outTargets, outWeights } = undirected;
  const total = rowTotals(undirected);
  const share = new Float64Array(order);
  const constraint = new Float64Array(order);
  for (let node = 0; node < order; node += 1) {
    const start = outOffsets[node]!;
    const end = outOffsets[node + 1]!;
    if (start === end) {
      constraint[node] = NaN;
      continue;
    }
    for (let arc = start; arc < end; arc += 1)
      share[outTargets[arc]!] = outWeights[arc]! / total[node]!;
    let sum = 0;
    for (let arc = start; arc < end; arc += 1) {
      const contact = outTargets[arc]!;
      let indirect = 0;
      for (let inner = outOffsets[contact]!; inner < outOffsets[contact + 1]!; inner += 1) {
        const between = outTargets[inner]!;
        indirect += share[between]! * (outWeights[inner]! / total[between]!);
      }
      const local = share[contact]! + indirect;
      sum += local * local;
    }
    constraint[node] = sum;
    for (let arc = start; arc < end; arc += 1) share[outTargets[arc]!] = 0;
  }
  return constraint;
}

/** Sum of each actor's tie weights in an undirected adjacency. */
export function rowTotals(undirected: Adjacency): Float64Array {
  const totals = new Float64Array(undirected.order);
  for (let node = 0; node < undirected.order; node += 1) {
    for (let arc = undirected.outOffsets[node]!; arc < undirected.outOffsets[node + 1]!; arc += 1) {
      totals[node]! += undirected.outWeights[arc]!;
    }
  }
  return totals;
}
