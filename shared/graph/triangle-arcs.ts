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

// Each loop below is its own small function over typed arrays, and the list of triangles is
// never grown inside a loop: when this was one function with five loops and a growing array,
// V8 compiled and threw it away again on each loop and on the first growth, and the first
// four calls on a 10,000-actor network took 50–80 ms of CPU instead of 6 (see
// rows-from-ties.ts).
export function triangleArcs(undirected: Adjacency): TriangleArcs {
  const { order, outOffsets, outTargets } = undirected;
  const reverse = new Int32Array(outTargets.length);
  reverseArcs(order, outOffsets, outTargets, outOffsets.slice(0, order), reverse);
  const rank = degreeRank(outOffsets, order);
  // Forward arcs: each tie once, from its lower-ranked end, as positions in the full rows.
  const forwardOffsets = new Int32Array(order + 1);
  const forward = new Int32Array(outTargets.length >> 1);
  forwardArcs(order, outOffsets, outTargets, rank, forwardOffsets, forward);
  const markedBy = new Int32Array(order).fill(-1);
  const markedArc = new Int32Array(order);
  // Room for as many triangles as ties, which sparse social networks rarely pass; when they
  // do, the listing is run again with room for exactly the count found.
  let arcs = new Int32Array(3 * Math.max(forward.length, 1));
  let count = listTriangles(order, forwardOffsets, forward, outTargets, markedBy, markedArc, arcs);
  if (3 * count > arcs.length) {
    arcs = new Int32Array(3 * count);
    markedBy.fill(-1);
    count = listTriangles(order, forwardOffsets, forward, outTargets, markedBy, markedArc, arcs);
  }
  return { count, arcs: arcs.subarray(0, 3 * count), reverse };
}

/**
 * Position of v→u for each arc u→v. Rows list neighbours in increasing number, so walking the
 * sources in increasing order meets each row's entries in order: one cursor per row suffices.
 */
function reverseArcs(
  order: number,
  offsets: Int32Array,
  targets: Int32Array,
  cursor: Int32Array,
  reverse: Int32Array,
): void {
  let arc = offsets[0]!;
  for (let node = 0; node < order; node += 1) {
    const end = offsets[node + 1]!;
    for (; arc < end; arc += 1) reverse[arc] = cursor[targets[arc]!]!++;
  }
}

/** The positions of the arcs from each actor to higher-ranked ones, as rows. */
function forwardArcs(
  order: number,
  offsets: Int32Array,
  targets: Int32Array,
  rank: Int32Array,
  forwardOffsets: Int32Array,
  forward: Int32Array,
): void {
  let written = 0;
  let arc = offsets[0]!;
  for (let node = 0; node < order; node += 1) {
    const own = rank[node]!;
    const end = offsets[node + 1]!;
    for (; arc < end; arc += 1) {
      if (rank[targets[arc]!]! > own) forward[written++] = arc;
    }
    forwardOffsets[node + 1] = written;
  }
}

/**
 * Finds each triangle once from its lowest-ranked corner and writes its three arcs while
 * `arcs` has room; returns how many triangles there are (more than written when it had not).
 * `markedBy` (−1 everywhere before) and `markedArc` are scratch: the first corner that marked
 * each actor as its forward neighbour, and the arc from it. Typed arrays as arguments, not an
 * object holding them: optimised code that read them from an object was thrown away again at
 * each garbage collection ("code dependencies", "weak objects").
 */
function listTriangles(
  order: number,
  forwardOffsets: Int32Array,
  forward: Int32Array,
  outTargets: Int32Array,
  markedBy: Int32Array,
  markedArc: Int32Array,
  arcs: Int32Array,
): number {
  const room = arcs.length;
  let count = 0;
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
      const last = forwardOffsets[second + 1]!;
      for (let inner = forwardOffsets[second]!; inner < last; inner += 1) {
        const secondToThird = forward[inner]!;
        const third = outTargets[secondToThird]!;
        if (markedBy[third] !== first) continue;
        const slot = 3 * count;
        if (slot + 3 <= room) {
          arcs[slot] = firstToSecond;
          arcs[slot + 1] = secondToThird;
          arcs[slot + 2] = markedArc[third]!;
        }
        count += 1;
      }
    }
  }
  return count;
}
