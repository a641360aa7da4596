import type { Adjacency } from '../../graph/adjacency.ts';
import { undirectedView } from '../../graph/derived-adjacency.ts';
import { requirePositiveWeights } from '../path-weights.ts';
import { rowTotals } from './constraint.ts';

/**
 * Burt's effective size of v: v's number of contacts minus their redundancy,
 * Σ_j (1 − Σ_q p_vq m_jq), where p_vq is v's share of tie weight to q and m_jq is j's tie to q
 * divided by j's strongest tie. Unweighted and undirected it equals Borgatti's
 * n − 2t/n (n contacts, t ties among them).
 * Directed: mutual weight w_vj + w_jv, direction ignored (Burt; NetworkX). Weighted: optional.
 * Normalised: no (in "contacts"; divide by degree for efficiency). Undefined (null) for an
 * actor without ties.
 * Ref: Burt 1992, Structural Holes, p. 52; Borgatti 1997, Connections 20:35–38.
 */
export function effectiveSize(adjacency: Adjacency): Float64Array {
  requirePositiveWeights(adjacency, 'effectiveSize');
  const undirected = undirectedView(adjacency);
  const { order, outOffsets, outTargets, outWeights } = undirected;
  const total = rowTotals(undirected);
  const strongest = new Float64Array(order);
  for (let node = 0; node < order; node += 1) {
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      strongest[node] = Math.max(strongest[node]!, outWeights[arc]!);
    }
  }
  const share = new Float64Array(order);
  const size = new Float64Array(order);
  for (let node = 0; node < order; node += 1) {
    const start = outOffsets[node]!;
    const end = outOffsets[node + 1]!;
    if (start === end) {
      size[node] = NaN;
      continue;
    }
    for (let arc = start; arc < end; arc += 1)
      share[outTargets[arc]!] = outWeights[arc]! / total[node]!;
    let sum = 0;
    for (let arc = start; arc < end; arc += 1) {
      const contact = outTargets[arc]!;
      let redundancy = 0;
      for (let inner = outOffsets[contact]!; inner < outOffsets[contact + 1]!; inner += 1) {
        redundancy += share[outTargets[inner]!]! * (outWeights[inner]! / strongest[contact]!);
      }
      sum += 1 - redundancy;
    }
    size[node] = sum;
    for (let arc = start; arc < end; arc += 1) share[outTargets[arc]!] = 0;
  }
  return size;
}
