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
  addRowSums(order, outOffsets, outWeights, strength);
  if (directed) addRowSums(order, inOffsets, inWeights, strength);
  return strength;
}

function addRowSums(order: number, offsets: Int32Array, weights: Float64Array, sums: Float64Array) {
  for (let node = 0; node < order; node += 1) {
    let total = sums[node]!;
    for (let arc = offsets[node]!, end = offsets[node + 1]!; arc < end; arc += 1)
      total += weights[arc]!;
    sums[node] = total;
  }
}
