import type { Adjacency } from '../../graph/adjacency.ts';

/**
 * Reciprocity: share of directed ties u → v whose partner v → u also exists (NetworkX's
 * overall_reciprocity; igraph's reciprocity with mode "default").
 * Directed: required; null for an undirected network, where every tie is mutual by design.
 * Weighted: no. Normalised: a share in [0, 1]. Null for a network without ties.
 * Ref: Wasserman & Faust 1994, p. 515; Newman 2010, Networks, p. 205.
 */
export function reciprocity(adjacency: Adjacency): number | null {
  const { order, directed, size, outOffsets, outTargets, inOffsets, inSources } = adjacency;
  if (!directed || size === 0) return null;
  let mutual = 0;
  for (let node = 0; node < order; node += 1) {
    // Both rows are sorted: walk them together to count targets that also send to node.
    let inArc = inOffsets[node]!;
    const inEnd = inOffsets[node + 1]!;
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      const target = outTargets[arc]!;
      while (inArc < inEnd && inSources[inArc]! < target) inArc += 1;
      if (inArc < inEnd && inSources[inArc] === target) mutual += 1;
    }
  }
  return mutual / size;
}
