import type { Adjacency } from '../../graph/adjacency.ts';
import { undirectedView } from '../../graph/derived-adjacency.ts';

/**
 * Core number of v: the largest k such that v belongs to a group where everyone has at least
 * k neighbours inside the group (the k-core).
 * Directed: direction ignored, neighbours counted once (igraph coreness mode "all" would
 * count a reciprocated pair twice). Weighted: no. Normalised: no (a whole number).
 * Ref: Seidman 1983, Social Networks 5:269–287; Batagelj & Zaversnik 2003 (the O(m) method).
 */
export function coreNumber(adjacency: Adjacency): Float64Array {
  const undirected = undirectedView(adjacency);
  const { order, outOffsets, outTargets } = undirected;
  const degree = new Int32Array(order);
  let maxDegree = 0;
  for (let node = 0; node < order; node += 1) {
    degree[node] = outOffsets[node + 1]! - outOffsets[node]!;
    maxDegree = Math.max(maxDegree, degree[node]!);
  }
  // Bucket sort actors by degree; position and bucket starts let a move cost O(1).
  const bucketStart = new Int32Array(maxDegree + 2);
  for (let node = 0; node < order; node += 1) bucketStart[degree[node]! + 1]! += 1;
  for (let value = 0; value <= maxDegree; value += 1)
    bucketStart[value + 1]! += bucketStart[value]!;
  const sorted = new Int32Array(order);
  const position = new Int32Array(order);
  const fill = bucketStart.slice();
  for (let node = 0; node < order; node += 1) {
    position[node] = fill[degree[node]!]!;
    sorted[position[node]!] = node;
    fill[degree[node]!]! += 1;
  }
  for (let index = 0; index < order; index += 1) {
    const node = sorted[index]!;
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      const neighbour = outTargets[arc]!;
      const neighbourDegree = degree[neighbour]!;
      if (neighbourDegree <= degree[node]!) continue;
      const swapPosition = bucketStart[neighbourDegree]!;
      const swapNode = sorted[swapPosition]!;
      if (swapNode !== neighbour) {
        sorted[position[neighbour]!] = swapNode;
        position[swapNode] = position[neighbour]!;
        sorted[swapPosition] = neighbour;
        position[neighbour] = swapPosition;
      }
      bucketStart[neighbourDegree]! += 1;
      degree[neighbour] = neighbourDegree - 1;
    }
  }
  return Float64Array.from(degree);
}
