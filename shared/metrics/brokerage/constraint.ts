import type { Adjacency } from '../../graph/adjacency.ts';
import { undirectedView } from '../../graph/derived-adjacency.ts';
import { triangleArcs } from '../../graph/triangle-arcs.ts';
import { requirePositiveWeights } from '../path-weights.ts';

/**
 * Burt's constraint of v: how much v's ties lead to contacts who are tied to each other,
 * Σ_j (p_vj + Σ_q p_vq p_qj)² over v's contacts j, where p_vj is the share of v's tie weight
 * that goes to j. Low constraint = brokerage opportunities (structural holes).
 * Directed: p uses the mutual weight w_vj + w_jv, so direction is ignored (Burt; NetworkX).
 * Weighted: optional, through p. Normalised: no; it ranges from about 0 up to a little over 1
 * (1 for a single contact). Undefined (null) for an actor without ties.
 * The indirect part Σ_q p_vq p_qj only has terms where v, q and j form a triangle, so it is
 * summed over the network's triangles (see triangleArcs) rather than over contacts' contacts.
 * Ref: Burt 1992, Structural Holes, p. 54–55; NetworkX's constraint.
 */
export function burtConstraint(adjacency: Adjacency): Float64Array {
  requirePositiveWeights(adjacency, 'constraint');
  const undirected = undirectedView(adjacency);
  const { order, outOffsets } = undirected;
  const share = arcShares(undirected, rowTotals(undirected));
  const indirect = new Float64Array(share.length);
  const { count, arcs, reverse } = triangleArcs(undirected);
  for (let triangle = 0; triangle < count; triangle += 1) {
    const ab = arcs[3 * triangle]!;
    const bc = arcs[3 * triangle + 1]!;
    const ac = arcs[3 * triangle + 2]!;
    const ba = reverse[ab]!;
    const cb = reverse[bc]!;
    const ca = reverse[ac]!;
    // For the tie v→j with third corner q: p_vq · p_qj.
    indirect[ab]! += share[ac]! * share[cb]!;
    indirect[ba]! += share[bc]! * share[ca]!;
    indirect[ac]! += share[ab]! * share[bc]!;
    indirect[ca]! += share[cb]! * share[ba]!;
    indirect[bc]! += share[ba]! * share[ac]!;
    indirect[cb]! += share[ca]! * share[ab]!;
  }
  const constraint = new Float64Array(order);
  for (let node = 0; node < order; node += 1) {
    const start = outOffsets[node]!;
    const end = outOffsets[node + 1]!;
    if (start === end) {
      constraint[node] = NaN;
      continue;
    }
    let sum = 0;
    for (let arc = start; arc < end; arc += 1) {
      const local = share[arc]! + indirect[arc]!;
      sum += local * local;
    }
    constraint[node] = sum;
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

/** Each arc's weight divided by a per-actor divisor of its source (p_vj, or w_vj / max_k w_vk). */
export function arcShares(undirected: Adjacency, divisor: Float64Array): Float64Array {
  const { order, outOffsets, outWeights } = undirected;
  const shares = new Float64Array(outWeights.length);
  for (let node = 0; node < order; node += 1) {
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      shares[arc] = outWeights[arc]! / divisor[node]!;
    }
  }
  return shares;
}
