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
  for (let node = 0; node < order; node += 1) {
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      strongest[node] = Math.max(strongest[node]!, outWeights[arc]!);
    }
  }
  const share = arcShares(undirected, rowTotals(undirected));
  const relative = arcShares(undirected, strongest);
  const redundancy = new Float64Array(share.length);
  const { count, arcs, reverse } = triangleArcs(undirected);
  for (let triangle = 0; triangle < count; triangle += 1) {
    const ab = arcs[3 * triangle]!;
    const bc = arcs[3 * triangle + 1]!;
    const ac = arcs[3 * triangle + 2]!;
    const ba = reverse[ab]!;
    const cb = reverse[bc]!;
    const ca = reverse[ac]!;
    // For the tie v→j with third corner q: p_vq · m_jq.
    redundancy[ab]! += share[ac]! * relative[bc]!;
    redundancy[ba]! += share[bc]! * relative[ac]!;
    redundancy[ac]! += share[ab]! * relative[cb]!;
    redundancy[ca]! += share[cb]! * relative[ab]!;
    redundancy[bc]! += share[ba]! * relative[ca]!;
    redundancy[cb]! += share[ca]! * relative[ba]!;
  }
  const size = new Float64Array(order);
  for (let node = 0; node < order; node += 1) {
    const start = outOffsets[node]!;
    const end = outOffsets[node + 1]!;
    if (start === end) {
      size[node] = NaN;
      continue;
    }
    let sum = 0;
    for (let arc = start; arc < end; arc += 1) sum += 1 - redundancy[arc]!;
    size[node] = sum;
  }
  return size;
}
