import type { Adjacency } from './adjacency.ts';
import { degreeRank } from './triangles.ts';

/**
 * Every triangle of an undirected adjacency, as the positions of its ties in the rows, so that
 * measures summing over "two partners who are also tied" (Burt's constraint, effective size)
 * cost O(m·√m) instead of Σ degree² on networks with hubs.
 *
 * Triangle t has corners a, b, c; `arcs[3t]` is the position of a→b in a's row, `arcs[3t+1]`
 * of b→c, `arcs[3t+2]` of a→c. `reverse[p]` is the position of the opposite arc of p (v→u
 * for u→v), so all six directed ties of a triangle are at hand.
 */
export interface TriangleArcs {
  count: number;
  arcs: Int32Array;
  reverse: Int32Array;
}

export function triangleArcs(undirected: Adjacency): TriangleArcs {
  const { order, outOffsets, outTargets } = undirected;
  const reverse = reverseArcs(undirected);
  const rank = degreeRank(outOffsets, order);
  // Forward arcs: each tie once, from its lower-ranked end, as positions in the full rows.
  const forwardOffsets = new Int32Array(order + 1);
  const forward = new Int32Array(outTargets.length >> 1);
  let written = 0;
  for (let node = 0; node < order; node += 1) {
    const own = rank[node]!;
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      if (rank[outTargets[arc]!]! > own) forward[written++] = arc;
    }
    forwardOffsets[node + 1] = written;
  }
  let arcs = new Int32Array(1024);
  let count = 0;
  const markedBy = new Int32Array(order).fill(-1);
  const markedArc = new Int32Array(order);
  for (let first = 0; first < order; first += 1) {
    const start = forwardOffsets[first]!;
    const end = forwardOffsets[first + 1]!;
    if (end - start < 2) continue;
    for (let index = start; index < end; index += 1) {
      const arc = forward[index]!;
      markedBy[outTargets[arc]!] = first;
      markedArc[outTargets[arc]!] = arc;
    }
    for (let index = start; index < end; index += 1) {
      const firstToSecond = forward[index]!;
      const second = outTargets[firstToSecond]!;
      for (let inner = forwardOffsets[second]!; inner < forwardOffsets[second + 1]!; inner += 1) {
        const secondToThird = forward[inner]!;
        const third = outTargets[secondToThird]!;
        if (markedBy[third] !== first) continue;
        if (3 * count + 3 > arcs.length) {
          const grown = new Int32Array(arcs.length * 2);
          grown.set(arcs);
          arcs = grown;
        }
        arcs[3 * count] = firstToSecond;
        arcs[3 * count + 1] = secondToThird;
        arcs[3 * count + 2] = markedArc[third]!;
        count += 1;
      }
    }
  }
  return { count, arcs: arcs.subarray(0, 3 * count), reverse };
}

/**
 * Position of v→u for each arc u→v. Rows list neighbours in increasing number, so walking the
 * sources in increasing order meets each row's entries in order: one cursor per row suffices.
 */
function reverseArcs(undirected: Adjacency): Int32Array {
  const { order, outOffsets, outTargets } = undirected;
  const cursor = outOffsets.slice(0, order);
  const reverse = new Int32Array(outTargets.length);
  for (let node = 0; node < order; node += 1) {
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      const target = outTargets[arc]!;
      reverse[arc] = cursor[target]!;
      cursor[target]! += 1;
    }
  }
  return reverse;
}
