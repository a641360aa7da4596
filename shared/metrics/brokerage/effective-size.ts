import type { Adjacency } from '../../graph/adjacency.ts';
import { undirectedView } from '../../graph/derived-adjacency.ts';
import { triangleArcs } from '../../graph/triangle-arcs.ts';
import { requirePositiveWeights } from '../path-weights.ts';
import { arcShares, rowTotals } from './constraint.ts';

/**
 * Burt's effective size of v: v's number of contacts minus their redundancy,
 * Σ_j (1 − Σ_q p_vq m_jq), where p_vq is v's share of tie weight to q and m_jq is j's tie to q
 * divided by j's strongest tie. Unweighted and undirected it equals Borgatti's
 * n − 2t/n (n contacts, t ties among them).
 * Directed: mutual weight w_vj + w_jv, direction ignored (Burt; NetworkX). Weighted: optional.
 * Normalised: no (in "contacts"; divide by degree for efficiency). Undefined (null) for an
 * actor without ties. The redundancy only has terms where v, j and q form a triangle, so it
 * is summed over the network's triangles (see triangleArcs).
 * Ref: Burt 1992, Structural Holes, p. 52; Borgatti 1997, Connections 20:35–38.
 */
export function effectiveSize(adjacency: Adjacency): Float64Array {
  requirePositiveWeights(adjacency, 'effectiveSize');
  const undirected = undirectedView(adjacency);
  const { order, outOffsets, outWeights } = undirected;
  const strongest = new Float64Array(order);
  strongestTies(order, outOffsets, outWeights, strongest);
  const share = arcShares(undirected, rowTotals(undirected));
  const relative = arcShares(undirected, strongest);
  const { count, arcs, reverse } = triangleArcs(undirected);
  const redundancy = new Float64Array(share.length);
  addRedundancy(count, arcs, reverse, share, relative, redundancy);
  const size = new Float64Array(order);
  sumNonRedundant(order, outOffsets, redundancy, size);
  return size;
}

// Each loop is its own small function over typed arrays, so V8 compiles each once (see
// rows-from-ties.ts).

function strongestTies(
  order: number,
  offsets: Int32Array,
  weights: Float64Array,
  strongest: Float64Array,
): void {
  let arc = offsets[0]!;
  for (let node = 0; node < order; node += 1) {
    const end = offsets[node + 1]!;
    let largest = 0;
    for (; arc < end; arc += 1) largest = Math.max(largest, weights[arc]!);
    strongest[node] = largest;
  }
}

/** For each tie v→j of each triangle, with third corner q: redundancy[v→j] += p_vq · m_jq. */
function addRedundancy(
  count: number,
  arcs: Int32Array,
  reverse: Int32Array,
  share: Float64Array,
  relative: Float64Array,
  redundancy: Float64Array,
): void {
  for (let triangle = 0; triangle < count; triangle += 1) {
    const ab = arcs[3 * triangle]!;
    const bc = arcs[3 * triangle + 1]!;
    const ac = arcs[3 * triangle + 2]!;
    const ba = reverse[ab]!;
    const cb = reverse[bc]!;
    const ca = reverse[ac]!;
    redundancy[ab]! += share[ac]! * relative[bc]!;
    redundancy[ba]! += share[bc]! * relative[ac]!;
    redundancy[ac]! += share[ab]! * relative[cb]!;
    redundancy[ca]! += share[cb]! * relative[ab]!;
    redundancy[bc]! += share[ba]! * relative[ca]!;
    redundancy[cb]! += share[ca]! * relative[ba]!;
  }
}

/** Each actor's Σ_j (1 − redundancy_vj), NaN for an actor without ties. */
function sumNonRedundant(
  order: number,
  offsets: Int32Array,
  redundancy: Float64Array,
  size: Float64Array,
): void {
  for (let node = 0; node < order; node += 1) {
    const start = offsets[node]!;
    const end = offsets[node + 1]!;
    let sum = start === end ? NaN : 0;
    for (let arc = start; arc < end; arc += 1) sum += 1 - redundancy[arc]!;
    size[node] = sum;
  }
}
