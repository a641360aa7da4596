import type { Adjacency } from '../../graph/adjacency.ts';
import { MeasureError } from '../measure-error.ts';

/**
 * Modularity of a partition: share of tie weight inside communities minus the share expected
 * if ties were rewired at random keeping every actor's degree.
 * Undirected: Q = Σ_c [ w_c / m − (s_c / 2m)² ] (Newman 2006), w_c the weight inside c, s_c
 * the strength of c's actors, m the total weight.
 * Directed: Q = Σ_c [ w_c / m − out_c · in_c / m² ] (Leicht & Newman 2008), as NetworkX and
 * graphology. Weighted: optional (every tie 1 otherwise). Normalised: no, Q ∈ [−1/2, 1).
 * Refused for a network without ties (nothing to divide by).
 * Ref: Newman 2006, PNAS 103:8577–8582; Leicht & Newman 2008, PRL 100:118703.
 */
export function modularity(adjacency: Adjacency, communities: Int32Array, resolution = 1): number {
  const { order, directed, outOffsets, outTargets, outWeights, inOffsets, inWeights } = adjacency;
  let count = 0;
  for (const community of communities) count = Math.max(count, community + 1);
  const inside = new Float64Array(count);
  const outTotal = new Float64Array(count);
  const inTotal = new Float64Array(count);
  let total = 0;
  for (let node = 0; node < order; node += 1) {
    const community = communities[node]!;
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      const weight = outWeights[arc]!;
      total += weight;
      outTotal[community]! += weight;
      if (communities[outTargets[arc]!] === community) inside[community]! += weight;
    }
    for (let arc = inOffsets[node]!; arc < inOffsets[node + 1]!; arc += 1)
      inTotal[community]! += inWeights[arc]!;
  }
  // Undirected rows list each tie twice: total is 2m and inside counts are doubled too.
  const ties = directed ? total : total / 2;
  if (ties === 0) throw new MeasureError('measure.noTies', { measure: 'modularity' });
  let quality = 0;
  for (let community = 0; community < count; community += 1) {
    const within = directed ? inside[community]! : inside[community]! / 2;
    const expected = directed
      ? (outTotal[community]! * inTotal[community]!) / (ties * ties)
      : (outTotal[community]! / (2 * ties)) ** 2;
    quality += within / ties - resolution * expected;
  }
  return quality;
}
