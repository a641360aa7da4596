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
  const share = arcShares(undirected, rowTotals(undirected));
  const { count, arcs, reverse } = triangleArcs(undirected);
  const indirect = new Float64Array(share.length);
  addIndirectShares(count, arcs, reverse, share, indirect);
  const constraint = new Float64Array(undirected.order);
  sumSquares(undirected.order, undirected.outOffsets, share, indirect, constraint);
  return constraint;
}

// Each loop is its own small function over typed arrays, so V8 compiles each once instead of
// throwing the code away each time a caller's next loop first runs (see rows-from-ties.ts).

/** For each tie v→j of each triangle, with third corner q: indirect[v→j] += p_vq · p_qj. */
function addIndirectShares(
  count: number,
  arcs: Int32Array,
  reverse: Int32Array,
  share: Float64Array,
  indirect: Float64Array,
): void {
  for (let triangle = 0; triangle < count; triangle += 1) {
    const ab = arcs[3 * triangle]!;
    const bc = arcs[3 * triangle + 1]!;
    const ac = arcs[3 * triangle + 2]!;
    const ba = reverse[ab]!;
    const cb = reverse[bc]!;
    const ca = reverse[ac]!;
    indirect[ab]! += share[ac]! * share[cb]!;
    indirect[ba]! += share[bc]! * share[ca]!;
    indirect[ac]! += share[ab]! * share[bc]!;
    indirect[ca]! += share[cb]! * share[ba]!;
    indirect[bc]! += share[ba]! * share[ac]!;
    indirect[cb]! += share[ca]! * share[ab]!;
  }
}

/** Each actor's Σ_j (p_vj + indirect_vj)², NaN for an actor without ties. */
function sumSquares(
  order: number,
  offsets: Int32Array,
  share: Float64Array,
  indirect: Float64Array,
  constraint: Float64Array,
): void {
  for (let node = 0; node < order; node += 1) {
    const start = offsets[node]!;
    const end = offsets[node + 1]!;
    let sum = start === end ? NaN : 0;
    for (let arc = start; arc < end; arc += 1) {
      const local = share[arc]! + indirect[arc]!;
      sum += local * local;
    }
    constraint[node] = sum;
  }
}

/** Sum of each actor's tie weights in an undirected adjacency. */
export function rowTotals(undirected: Adjacency): Float64Array {
  const totals = new Float64Array(undirected.order);
  sumRows(undirected.order, undirected.outOffsets, undirected.outWeights, totals);
  return totals;
}

function sumRows(order: number, offsets: Int32Array, weights: Float64Array, totals: Float64Array) {
  let arc = offsets[0]!;
  for (let node = 0; node < order; node += 1) {
    const end = offsets[node + 1]!;
    let total = 0;
    for (; arc < end; arc += 1) total += weights[arc]!;
    totals[node] = total;
  }
}

/** Each arc's weight divided by a per-actor divisor of its source (p_vj, or w_vj / max_k w_vk). */
export function arcShares(undirected: Adjacency, divisor: Float64Array): Float64Array {
  const shares = new Float64Array(undirected.outWeights.length);
  divideRows(undirected.order, undirected.outOffsets, undirected.outWeights, divisor, shares);
  return shares;
}

function divideRows(
  order: number,
  offsets: Int32Array,
  weights: Float64Array,
  divisor: Float64Array,
  shares: Float64Array,
): void {
  let arc = offsets[0]!;
  for (let node = 0; node < order; node += 1) {
    const end = offsets[node + 1]!;
    const by = divisor[node]!;
    for (; arc < end; arc += 1) shares[arc] = weights[arc]! / by;
  }
}
