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

/**
 * Unweighted pass, level by level. The forward search keeps each distance's actors together
 * in the queue (levelStart), so the walk back handles one level at a time: while level d is
 * summed, `share` holds (1 + dependency) / paths for level d + 1 only and zero elsewhere, so
 * an actor adds up its whole row without checking which neighbours are its successors (one
 * memory read per tie instead of two and a branch). Each step is its own function over typed
 * arrays, so V8 optimises each once.
 */
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
  const share = new Float64Array(order);
  const pending = new Float64Array(order);
  const queue = new Int32Array(order);
  const levelStart = new Int32Array(order + 3);
  for (let source = from; source < to; source += 1) {
    const levels = searchLevels(source, outOffsets, outTargets, distance, paths, queue, levelStart);
    const reached = levelStart[levels]!;
    if (directed) addDistances(totals, component, source, queue, reached, distance);
    else addOwnDistances(totals, component, source, levelStart, levels);
    pullDependencies(
      levels,
      outOffsets,
      outTargets,
      paths,
      share,
      pending,
      queue,
      levelStart,
      totals.betweenness,
    );
    forget(queue, reached, distance);
  }
}

/**
 * Breadth-first search from `source`, counting shortest paths; the queue holds level l in
 * levelStart[l]..levelStart[l + 1]. Returns the number of levels (the deepest distance + 1).
 */
function searchLevels(
  source: number,
  offsets: Int32Array,
  targets: Int32Array,
  distance: Int32Array,
  paths: Float64Array,
  queue: Int32Array,
  levelStart: Int32Array,
): number {
  queue[0] = source;
  distance[source] = 0;
  paths[source] = 1;
  levelStart[0] = 0;
  levelStart[1] = 1;
  let tail = 1;
  let head = 0;
  let level = 0;
  for (;;) {
    const end = levelStart[level + 1]!;
    if (end === head) return level;
    const next = level + 1;
    for (; head < end; head += 1) {
      const node = queue[head]!;
      const nodePaths = paths[node]!;
      for (let arc = offsets[node]!, last = offsets[node + 1]!; arc < last; arc += 1) {
        const neighbour = targets[arc]!;
        const seen = distance[neighbour]!;
        if (seen === -1) {
          distance[neighbour] = next;
          paths[neighbour] = nodePaths;
          queue[tail] = neighbour;
          tail += 1;
        } else if (seen === next) {
          paths[neighbour]! += nodePaths;
        }
      }
    }
    level = next;
    levelStart[level + 1] = tail;
  }
}

/** Brandes' walk back, farthest level first ("pull": from successors), as described above. */
function pullDependencies(
  levels: number,
  offsets: Int32Array,
  targets: Int32Array,
  paths: Float64Array,
  share: Float64Array,
  pending: Float64Array,
  queue: Int32Array,
  levelStart: Int32Array,
  betweenness: Float64Array,
): void {
  for (let level = levels - 1; level >= 1; level -= 1) {
    const start = levelStart[level]!;
    const end = levelStart[level + 1]!;
    for (let index = start; index < end; index += 1) {
      const node = queue[index]!;
      let sum = 0;
      for (let arc = offsets[node]!, last = offsets[node + 1]!; arc < last; arc += 1) {
        sum += share[targets[arc]!]!;
      }
      const nodePaths = paths[node]!;
      const dependency = nodePaths * sum;
      betweenness[node]! += dependency;
      pending[index] = (1 + dependency) / nodePaths;
    }
    // Level d + 1 is done with; level d's shares become visible to level d − 1.
    for (let index = end, upper = levelStart[level + 2]!; index < upper; index += 1) {
      share[queue[index]!] = 0;
    }
    for (let index = start; index < end; index += 1) share[queue[index]!] = pending[index]!;
  }
  for (let index = levelStart[1]!, end = levelStart[2]!; index < end; index += 1) {
    share[queue[index]!] = 0;
  }
}

function forget(queue: Int32Array, reached: number, distance: Int32Array): void {
  for (let index = 0; index < reached; index += 1) distance[queue[index]!] = -1;
}

/**
 * Undirected shortcut: distances into the source equal distances out of it, so the source's
 * own totals come from how many actors sit at each distance, with no per-target writes.
 */
function addOwnDistances(
  totals: PathTotals,
  component: Uint8Array | null,
  source: number,
  levelStart: Int32Array,
  levels: number,
): void {
  let reached = 0;
  let distanceSum = 0;
  let reciprocalSum = 0;
  for (let level = 1; level < levels; level += 1) {
    const count = levelStart[level + 1]! - levelStart[level]!;
    reached += count;
    distanceSum += level * count;
    reciprocalSum += count / level;
  }
  totals.incomingDistance[source]! += distanceSum;
  totals.reachedBy[source]! += reached;
  totals.incomingReciprocal[source]! += reciprocalSum;
  // Everyone the source reaches is in its component, so inside the chosen one all pairs count.
  if (component !== null && component[source] === 1) {
    totals.componentPairs += reached;
    totals.componentDistance += distanceSum;
    totals.componentDiameter = Math.max(totals.componentDiameter, levels - 1);
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
  const { order, outOffsets, outTargets, outWeights } = adjacency;
  const distance = new Float64Array(order).fill(Infinity);
  const settled = new Uint8Array(order);
  const paths = new Float64Array(order);
  const dependency = new Float64Array(order);
  const settledOrder = new Int32Array(order);
  const touched = new Int32Array(order);
  // Each actor's predecessors on its shortest paths, as linked lists in a pool refilled for
  // each source: the backward pass then walks those (one or two per actor, typically) instead
  // of every tie into the actor, testing each for a shortest path again.
  const firstPredecessor = new Int32Array(order).fill(-1);
  const predecessor = new Int32Array(outTargets.length);
  const nextPredecessor = new Int32Array(outTargets.length);
  const heap = createHeap(outTargets.length + order + 1);
  for (let source = from; source < to; source += 1) {
    let settledCount = 0;
    let touchedCount = 1;
    let pooled = 0;
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
          predecessor[pooled] = node;
          nextPredecessor[pooled] = firstPredecessor[neighbour]!;
          firstPredecessor[neighbour] = pooled;
          pooled += 1;
        } else if (candidate < current) {
          distance[neighbour] = candidate;
          paths[neighbour] = paths[node]!;
          predecessor[pooled] = node;
          nextPredecessor[pooled] = -1;
          firstPredecessor[neighbour] = pooled;
          pooled += 1;
          heap.push(neighbour, candidate);
        }
      }
    }
    addDistances(totals, component, source, settledOrder, settledCount, distance);
    for (let index = settledCount - 1; index > 0; index -= 1) {
      const node = settledOrder[index]!;
      const share = (1 + dependency[node]!) / paths[node]!;
      for (let entry = firstPredecessor[node]!; entry !== -1; entry = nextPredecessor[entry]!) {
        const before = predecessor[entry]!;
        dependency[before]! += paths[before]! * share;
      }
      totals.betweenness[node]! += dependency[node]!;
    }
    for (let index = 0; index < touchedCount; index += 1) {
      const node = touched[index]!;
      distance[node] = Infinity;
      settled[node] = 0;
      paths[node] = 0;
      dependency[node] = 0;
      firstPredecessor[node] = -1;
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
