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
  const maxDegree = degreesOf(order, outOffsets, degree);
  // Bucket sort actors by degree; position and bucket starts let a move cost O(1).
  const bucketStart = new Int32Array(maxDegree + 2);
  const sorted = new Int32Array(order);
  const position = new Int32Array(order);
  bucketSort(degree, bucketStart, sorted, position);
  peel(outOffsets, outTargets, degree, bucketStart, sorted, position);
  return Float64Array.from(degree);
}

function degreesOf(order: number, offsets: Int32Array, degree: Int32Array): number {
  let maxDegree = 0;
  for (let node = 0; node < order; node += 1) {
    const value = offsets[node + 1]! - offsets[node]!;
    degree[node] = value;
    if (value > maxDegree) maxDegree = value;
  }
  return maxDegree;
}

function bucketSort(
  degree: Int32Array,
  bucketStart: Int32Array,
  sorted: Int32Array,
  position: Int32Array,
): void {
  const order = degree.length;
  for (let node = 0; node < order; node += 1) bucketStart[degree[node]! + 1]! += 1;
  let total = 0;
  for (let value = 0; value < bucketStart.length; value += 1) {
    total += bucketStart[value]!;
    bucketStart[value] = total;
  }
  const fill = bucketStart.slice();
  for (let node = 0; node < order; node += 1) {
    const slot = fill[degree[node]!]!;
    position[node] = slot;
    sorted[slot] = node;
    fill[degree[node]!] = slot + 1;
  }
}

/** Batagelj–Zaversnik peeling: on return `degree` holds each actor's core number. */
function peel(
  outOffsets: Int32Array,
  outTargets: Int32Array,
  degree: Int32Array,
  bucketStart: Int32Array,
  sorted: Int32Array,
  position: Int32Array,
): void {
  const order = degree.length;
  for (let index = 0; index < order; index += 1) {
    const node = sorted[index]!;
    const own = degree[node]!;
    for (let arc = outOffsets[node]!, end = outOffsets[node + 1]!; arc < end; arc += 1) {
      const neighbour = outTargets[arc]!;
      const neighbourDegree = degree[neighbour]!;
      if (neighbourDegree <= own) continue;
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
}
