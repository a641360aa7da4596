import type { Adjacency } from './adjacency.ts';

/**
 * Everything the path-based measures need, gathered in one pass of single-source shortest
 * paths from every actor (Brandes 2001): betweenness dependencies, and for each actor the
 * distances from the actors that reach it (closeness, harmonic), plus distances inside one
 * chosen component (diameter, average path length).
 *
 * Totals are sums over sources, so passes over disjoint ranges of sources (run on several
 * workers) add up with mergePathTotals to the totals of the whole network.
 */
export interface PathTotals {
  /** Raw Brandes dependencies summed over sources (an undirected pair counts twice). */
  betweenness: Float64Array;
  /** Σ over sources s that reach t of d(s, t). */
  incomingDistance: Float64Array;
  /** Number of sources s ≠ t that reach t. */
  reachedBy: Float64Array;
  /** Σ over sources s that reach t of 1 / d(s, t). */
  incomingReciprocal: Float64Array;
  /** Ordered pairs (s ≠ t) inside the chosen component, their distance sum and maximum. */
  componentPairs: number;
  componentDistance: number;
  componentDiameter: number;
}

export interface PathPassOptions {
  /** Steps (every tie is one step) or distances 1 / weight. */
  weighted: boolean;
  /** Actors of the component whose diameter and average path length are wanted, or null. */
  component: Uint8Array | null;
  /** First source (inclusive) and last (exclusive); the whole network by default. */
  from?: number;
  to?: number;
}

/**
 * Relative tolerance under which two weighted path lengths count as equal, so that paths
 * such as 1/3 + 1/3 + 1/3 and 1 tie despite rounding (igraph uses the same idea).
 */
const EQUAL_LENGTH_TOLERANCE = 1e-10;

export function emptyPathTotals(order: number): PathTotals {
  return {
    betweenness: new Float64Array(order),
    incomingDistance: new Float64Array(order),
    reachedBy: new Float64Array(order),
    incomingReciprocal: new Float64Array(order),
    componentPairs: 0,
    componentDistance: 0,
    componentDiameter: 0,
  };
}

/** Runs the shortest-path pass from sources from..to-1. Weights must be positive if weighted. */
export function accumulatePathTotals(adjacency: Adjacency, options: PathPassOptions): PathTotals {
  const from = options.from ?? 0;
  const to = options.to ?? adjacency.order;
  const totals = emptyPathTotals(adjacency.order);
  if (options.weighted) accumulateWeighted(adjacency, totals, options.component, from, to);
  else accumulateSteps(adjacency, totals, options.component, from, to);
  return totals;
}

export function mergePathTotals(parts: readonly PathTotals[], order: number): PathTotals {
  const totals = emptyPathTotals(order);
  for (const part of parts) {
    for (let node = 0; node < order; node += 1) {
      totals.betweenness[node]! += part.betweenness[node]!;
      totals.incomingDistance[node]! += part.incomingDistance[node]!;
      totals.reachedBy[node]! += part.reachedBy[node]!;
      totals.incomingReciprocal[node]! += part.incomingReciprocal[node]!;
    }
    totals.componentPairs += part.componentPairs;
    totals.componentDistance += part.componentDistance;
    totals.componentDiameter = Math.max(totals.componentDiameter, part.componentDiameter);
  }
  return totals;
}

/** Adds the distances from one source to the totals; `visited` lists reached actors, source first. */
function addDistances(
  totals: PathTotals,
  component: Uint8Array | null,
  source: number,
  visited: Int32Array,
  count: number,
  distance: ArrayLike<number>,
): void {
  const inComponent = component !== null && component[source] === 1;
  for (let index = 1; index < count; index += 1) {
    const target = visited[index]!;
    const length = distance[target]!;
    totals.incomingDistance[target]! += length;
    totals.reachedBy[target]! += 1;
    totals.incomingReciprocal[target]! += 1 / length;
    if (inComponent && component[target] === 1) {
      totals.componentPairs += 1;
      totals.componentDistance += length;
      if (length > totals.componentDiameter) totals.componentDiameter = length;
    }
  }
}

function accumulateSteps(
  adjacency: Adjacency,
  totals: PathTotals,
  component: Uint8Array | null,
  from: number,
  to: number,
): void {
  const { order, outOffsets, outTargets, directed } = adjacency;
  const distance = new Int32Array(order).fill(-1);
  const paths = new Float64Array(order);
  // (1 + dependency) / paths of each actor, once its successors are done ("pull" Brandes).
  const share = new Float64Array(order);
  const queue = new Int32Array(order);
  const levelCount = new Float64Array(order + 1);
  for (let source = from; source < to; source += 1) {
    let head = 0;
    let tail = 1;
    queue[0] = source;
    distance[source] = 0;
    paths[source] = 1;
    let deepest = 0;
    while (head < tail) {
      const node = queue[head]!;
      head += 1;
      const next = distance[node]! + 1;
      const nodePaths = paths[node]!;
      for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
        const neighbour = outTargets[arc]!;
        const seen = distance[neighbour]!;
        if (seen === -1) {
          distance[neighbour] = next;
          paths[neighbour] = nodePaths;
          queue[tail] = neighbour;
          tail += 1;
          levelCount[next]! += 1;
          deepest = next;
        } else if (seen === next) {
          paths[neighbour]! += nodePaths;
        }
      }
    }
    if (directed) {
      addDistances(totals, component, source, queue, tail, distance);
      levelCount.fill(0, 1, deepest + 1);
    } else {
      addOwnDistances(totals, component, source, levelCount, deepest);
    }
    // Walk back from the farthest actor: an actor's dependency is pulled from its successors.
    for (let index = tail - 1; index > 0; index -= 1) {
      const node = queue[index]!;
      const next = distance[node]! + 1;
      let sum = 0;
      for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
        const neighbour = outTargets[arc]!;
        if (distance[neighbour] === next) sum += share[neighbour]!;
      }
      const dependency = paths[node]! * sum;
      totals.betweenness[node]! += dependency;
      share[node] = (1 + dependency) / paths[node]!;
    }
    for (let index = 0; index < tail; index += 1) distance[queue[index]!] = -1;
  }
}

/**
 * Undirected shortcut: distances into the source equal distances out of it, so the source's
 * own totals come from how many actors sit at each distance, with no per-target writes.
 */
function addOwnDistances(
  totals: PathTotals,
  component: Uint8Array | null,
  source: number,
  levelCount: Float64Array,
  deepest: number,
): void {
  let reached = 0;
  let distanceSum = 0;
  let reciprocalSum = 0;
  for (let level = 1; level <= deepest; level += 1) {
    const count = levelCount[level]!;
    reached += count;
    distanceSum += level * count;
    reciprocalSum += count / level;
    levelCount[level] = 0;
  }
  totals.incomingDistance[source]! += distanceSum;
  totals.reachedBy[source]! += reached;
  totals.incomingReciprocal[source]! += reciprocalSum;
  // Everyone the source reaches is in its component, so inside the chosen one all pairs count.
  if (component !== null && component[source] === 1) {
    totals.componentPairs += reached;
    totals.componentDistance += distanceSum;
    totals.componentDiameter = Math.max(totals.componentDiameter, deepest);
  }
}

function sameLength(first: number, second: number): boolean {
  return Math.abs(first - second) <= EQUAL_LENGTH_TOLERANCE * Math.max(first, second);
}

function accumulateWeighted(
  adjacency: Adjacency,
  totals: PathTotals,
  component: Uint8Array | null,
  from: number,
  to: number,
): void {
  const { order, outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = adjacency;
  const distance = new Float64Array(order).fill(Infinity);
  const settled = new Uint8Array(order);
  const paths = new Float64Array(order);
  const dependency = new Float64Array(order);
  const settledOrder = new Int32Array(order);
  const touched = new Int32Array(order);
  const heap = createHeap(outTargets.length + order + 1);
  for (let source = from; source < to; source += 1) {
    let settledCount = 0;
    let touchedCount = 1;
    touched[0] = source;
    distance[source] = 0;
    paths[source] = 1;
    heap.push(source, 0);
    while (heap.size() > 0) {
      const node = heap.pop();
      if (settled[node] === 1) continue;
      settled[node] = 1;
      settledOrder[settledCount] = node;
      settledCount += 1;
      const nodeDistance = distance[node]!;
      for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
        const neighbour = outTargets[arc]!;
        if (settled[neighbour] === 1) continue;
        const candidate = nodeDistance + 1 / outWeights[arc]!;
        const current = distance[neighbour]!;
        if (current === Infinity) {
          touched[touchedCount] = neighbour;
          touchedCount += 1;
        }
        if (current !== Infinity && sameLength(candidate, current)) {
          paths[neighbour]! += paths[node]!;
        } else if (candidate < current) {
          distance[neighbour] = candidate;
          paths[neighbour] = paths[node]!;
          heap.push(neighbour, candidate);
        }
      }
    }
    addDistances(totals, component, source, settledOrder, settledCount, distance);
    for (let index = settledCount - 1; index > 0; index -= 1) {
      const node = settledOrder[index]!;
      const share = (1 + dependency[node]!) / paths[node]!;
      const nodeDistance = distance[node]!;
      for (let arc = inOffsets[node]!; arc < inOffsets[node + 1]!; arc += 1) {
        const predecessor = inSources[arc]!;
        if (settled[predecessor] !== 1 || predecessor === node) continue;
        const through = distance[predecessor]! + 1 / inWeights[arc]!;
        if (distance[predecessor]! < nodeDistance && sameLength(through, nodeDistance)) {
          dependency[predecessor]! += paths[predecessor]! * share;
        }
      }
      totals.betweenness[node]! += dependency[node]!;
    }
    for (let index = 0; index < touchedCount; index += 1) {
      const node = touched[index]!;
      distance[node] = Infinity;
      settled[node] = 0;
      paths[node] = 0;
      dependency[node] = 0;
    }
  }
}

interface Heap {
  push(node: number, key: number): void;
  pop(): number;
  size(): number;
}

/** A binary min-heap of (key, node) on typed arrays; stale entries are skipped by the caller. */
function createHeap(capacity: number): Heap {
  const nodes = new Int32Array(capacity);
  const keys = new Float64Array(capacity);
  let length = 0;
  return {
    size: () => length,
    push(node, key) {
      let index = length;
      length += 1;
      while (index > 0) {
        const parent = (index - 1) >> 1;
        if (keys[parent]! <= key) break;
        nodes[index] = nodes[parent]!;
        keys[index] = keys[parent]!;
        index = parent;
      }
      nodes[index] = node;
      keys[index] = key;
    },
    pop() {
      const top = nodes[0]!;
      length -= 1;
      const lastNode = nodes[length]!;
      const lastKey = keys[length]!;
      let index = 0;
      for (;;) {
        let child = 2 * index + 1;
        if (child >= length) break;
        if (child + 1 < length && keys[child + 1]! < keys[child]!) child += 1;
        if (keys[child]! >= lastKey) break;
        nodes[index] = nodes[child]!;
        keys[index] = keys[child]!;
        index = child;
      }
      nodes[index] = lastNode;
      keys[index] = lastKey;
      return top;
    },
  };
}
