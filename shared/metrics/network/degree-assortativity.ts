import type { Adjacency } from '../../graph/adjacency.ts';

/**
 * Degree assortativity: Pearson correlation between the degrees at the two ends of a tie;
 * positive when well-connected actors tie to each other, negative when they tie to the
 * poorly connected.
 * Directed: out-degree of the sender against in-degree of the receiver (NetworkX's default
 * x="out", y="in"). Undirected: every tie read both ways, so the measure is symmetric.
 * Weighted: no. Normalised: a correlation in [−1, 1]. Null without ties or when every tie
 * joins actors of equal degree (no variance, e.g. a cycle).
 * Ref: Newman 2002, PRL 89:208701; Newman 2003, Phys. Rev. E 67:026126.
 */
export function degreeAssortativity(adjacency: Adjacency): number | null {
  const { order, outOffsets, outTargets, inOffsets } = adjacency;
  const outDegree = (node: number): number => outOffsets[node + 1]! - outOffsets[node]!;
  const inDegree = (node: number): number => inOffsets[node + 1]! - inOffsets[node]!;
  let count = 0;
  let sumX = 0;
  let sumY = 0;
  let sumXX = 0;
  let sumYY = 0;
  let sumXY = 0;
  for (let node = 0; node < order; node += 1) {
    const x = outDegree(node);
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      const y = inDegree(outTargets[arc]!);
      count += 1;
      sumX += x;
      sumY += y;
      sumXX += x * x;
      sumYY += y * y;
      sumXY += x * y;
    }
  }
  return pearson(count, sumX, sumY, sumXX, sumYY, sumXY);
}

function pearson(
  count: number,
  sumX: number,
  sumY: number,
  sumXX: number,
  sumYY: number,
  sumXY: number,
): number | null {
  if (count === 0) return null;
  const covariance = sumXY / count - (sumX / count) * (sumY / count);
  const varianceX = sumXX / count - (sumX / count) ** 2;
  const varianceY = sumYY / count - (sumY / count) ** 2;
  if (
    varianceX <= 1e-12 * Math.max(1, sumXX / count) ||
    varianceY <= 1e-12 * Math.max(1, sumYY / count)
  ) {
    return null;
  }
  return covariance / Math.sqrt(varianceX * varianceY);
}
