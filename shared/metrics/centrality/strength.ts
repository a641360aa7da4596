import type { Adjacency } from '../../graph/adjacency.ts';

/**
 * Strength of v: sum of the weights of v's ties (weighted degree).
 * Directed: weights received plus weights sent. Weighted: yes; without a weight every tie
 * weighs 1, so strength equals degree unless two actors are joined by several ties: the
 * adjacency merges repeated ties by adding their weights, and strength counts them all
 * while degree counts the neighbour once. Normalised: no.
 * Ref: Barrat et al. 2004, PNAS 101:3747–3752; Opsahl et al. 2010, Social Networks 32:245–251.
 */
export function strengthCentrality(adjacency: Adjacency): Float64Array {
  const { order, outOffsets, outWeights, inOffsets, inWeights, directed } = adjacency;
  const strength = new Float64Array(order);
  for (let node = 0; node < order; node += 1) {
    let total = 0;
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1)
      total += outWeights[arc]!;
    if (directed) {
      for (let arc = inOffsets[node]!; arc < inOffsets[node + 1]!; arc += 1)
        total += inWeights[arc]!;
    }
    strength[node] = total;
  }
  return strength;
}
