import type { Adjacency } from './adjacency.ts';

/**
 * Number of triangles through each actor of an undirected adjacency. Each triangle is found
 * once from its lowest-numbered corner over sorted rows, so the cost is about Σ degree².
 */
export function countTriangles(undirected: Adjacency): Float64Array {
  const { order, outOffsets, outTargets } = undirected;
  const triangles = new Float64Array(order);
  const marked = new Int32Array(order).fill(-1);
  for (let first = 0; first < order; first += 1) {
    const end = outOffsets[first + 1]!;
    for (let arc = outOffsets[first]!; arc < end; arc += 1) marked[outTargets[arc]!] = first;
    for (let arc = outOffsets[first]!; arc < end; arc += 1) {
      const second = outTargets[arc]!;
      if (second <= first) continue;
      for (let inner = outOffsets[second]!; inner < outOffsets[second + 1]!; inner += 1) {
        const third = outTargets[inner]!;
        if (third <= second || marked[third] !== first) continue;
        triangles[first]! += 1;
        triangles[second]! += 1;
        triangles[third]! += 1;
      }
    }
  }
  return triangles;
}
