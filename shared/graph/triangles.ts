import type { Adjacency } from './adjacency.ts';

/**
 * Number of triangles through each actor of an undirected adjacency.
 *
 * Each tie is oriented from the lower-ranked to the higher-ranked end, ranking actors by degree
 * (ties broken by number), and each triangle is found once from its lowest-ranked corner. A hub
 * then never scans its long row from a low-degree neighbour, so the cost is O(m·√m) instead of
 * Σ degree² — on preferential-attachment networks that is the difference between tens of
 * milliseconds and a few (igraph and NetworkX's "forward" algorithms do the same).
 * Ref: Schank & Wagner 2005, Finding, counting and listing all triangles in large graphs.
 */
export function countTriangles(undirected: Adjacency): Float64Array {
  const { order, outOffsets, outTargets } = undirected;
  const triangles = new Float64Array(order);
  const rank = degreeRank(outOffsets, order);
  // Forward rows: each tie once, listed under its lower-ranked end.
  const forwardOffsets = new Int32Array(order + 1);
  const forward = new Int32Array(outTargets.length >> 1);
  for (let node = 0; node < order; node += 1) {
    let count = 0;
    const own = rank[node]!;
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      if (rank[outTargets[arc]!]! > own) count += 1;
    }
    forwardOffsets[node + 1] = forwardOffsets[node]! + count;
  }
  for (let node = 0; node < order; node += 1) {
    let write = forwardOffsets[node]!;
    const own = rank[node]!;
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      const neighbour = outTargets[arc]!;
      if (rank[neighbour]! > own) forward[write++] = neighbour;
    }
  }
  const marked = new Int32Array(order).fill(-1);
  for (let first = 0; first < order; first += 1) {
    const start = forwardOffsets[first]!;
    const end = forwardOffsets[first + 1]!;
    if (end - start < 2) continue;
    for (let arc = start; arc < end; arc += 1) marked[forward[arc]!] = first;
    for (let arc = start; arc < end; arc += 1) {
      const second = forward[arc]!;
      let found = 0;
      for (let inner = forwardOffsets[second]!; inner < forwardOffsets[second + 1]!; inner += 1) {
        const third = forward[inner]!;
        if (marked[third] === first) {
          found += 1;
          triangles[third]! += 1;
        }
      }
      triangles[first]! += found;
      triangles[second]! += found;
    }
  }
  return triangles;
}

/** Each actor's position when actors are sorted by degree, then by number (counting sort). */
export function degreeRank(offsets: Int32Array, order: number): Int32Array {
  let maxDegree = 0;
  for (let node = 0; node < order; node += 1) {
    maxDegree = Math.max(maxDegree, offsets[node + 1]! - offsets[node]!);
  }
  const start = new Int32Array(maxDegree + 2);
  for (let node = 0; node < order; node += 1) start[offsets[node + 1]! - offsets[node]! + 1]! += 1;
  for (let degree = 0; degree <= maxDegree; degree += 1) start[degree + 1]! += start[degree]!;
  const rank = new Int32Array(order);
  for (let node = 0; node < order; node += 1) {
    const degree = offsets[node + 1]! - offsets[node]!;
    rank[node] = start[degree]!;
    start[degree]! += 1;
  }
  return rank;
}
