import type { AbstractGraph, Attributes } from 'graphology-types';
import { MeasureError } from '../metrics/measure-error.ts';

/**
 * A compact, read-only adjacency (compressed sparse rows) built once per graph and shared by
 * every measure. Actors are numbered 0..order-1 in the graph's node order; each row lists
 * neighbour numbers in increasing order, with the tie's weight beside it.
 *
 * How a graphology graph becomes one, so every measure agrees:
 * - Self-loops are dropped: a tie of an actor with itself is not a relation between actors.
 * - Parallel ties between the same ordered pair (multigraphs) become one tie whose weight is
 *   the sum of theirs.
 * - Read as undirected, a directed graph's u→v and v→u become one tie weighing their sum
 *   (Burt's "mutual weight"); read as directed, an undirected tie counts both ways.
 * - Unweighted, every tie weighs 1.
 * For an undirected adjacency the in-rows are the out-rows (same arrays).
 */
export interface Adjacency {
  readonly directed: boolean;
  readonly weighted: boolean;
  /** Number of actors. */
  readonly order: number;
  /** Number of ties after merging: ordered pairs if directed, unordered pairs otherwise. */
  readonly size: number;
  /** Actor ids, by number. */
  readonly ids: readonly string[];
  readonly outOffsets: Int32Array;
  readonly outTargets: Int32Array;
  readonly outWeights: Float64Array;
  readonly inOffsets: Int32Array;
  readonly inSources: Int32Array;
  readonly inWeights: Float64Array;
  /** The first tie whose weight is zero or negative, if any (path measures refuse those). */
  readonly nonPositiveTie: { source: string; target: string; weight: number } | null;
}

export interface AdjacencyOptions {
  directed: boolean;
  /** Name of the tie attribute holding the weight; null reads every tie as weight 1. */
  weight: string | null;
}

/** Ties as three parallel lists of actor numbers and weights, in any order, possibly repeated. */
export interface TieList {
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  length: number;
}

/** Builds the adjacency of a graphology graph without touching the graph. */
export function buildAdjacency(graph: AbstractGraph, options: AdjacencyOptions): Adjacency {
  const ids = graph.nodes();
  const indexOf = new Map<string, number>();
  ids.forEach((id, index) => indexOf.set(id, index));
  const ties = createTieList(graph.size * 2);
  graph.forEachEdge(
    (edge, attributes, source, target, _sourceAttributes, _targetAttributes, undirected) => {
      if (source === target) return;
      const weight =
        options.weight === null ? 1 : readWeight(edge, attributes, source, target, options.weight);
      const from = indexOf.get(source)!;
      const to = indexOf.get(target)!;
      pushTie(ties, from, to, weight);
      if (undirected && options.directed) pushTie(ties, to, from, weight);
    },
  );
  return adjacencyFromTies(ids, ties, options.directed, options.weight !== null);
}

/** An empty tie list with room for `capacity` ties. */
export function createTieList(capacity: number): TieList {
  return {
    sources: new Int32Array(capacity),
    targets: new Int32Array(capacity),
    weights: new Float64Array(capacity),
    length: 0,
  };
}

/** Appends one tie (the list must have room). */
export function pushTie(ties: TieList, source: number, target: number, weight: number): void {
  ties.sources[ties.length] = source;
  ties.targets[ties.length] = target;
  ties.weights[ties.length] = weight;
  ties.length += 1;
}

function readWeight(
  edge: string,
  attributes: Attributes,
  source: string,
  target: string,
  attribute: string,
): number {
  const value: unknown = attributes[attribute];
  if (value === undefined || value === null || value === '') {
    throw new MeasureError('measure.weightMissing', { attribute, edge, source, target });
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MeasureError('measure.weightNotNumeric', {
      attribute,
      edge,
      source,
      target,
      value: String(value),
    });
  }
  return value;
}

/**
 * Builds an adjacency from a tie list (each undirected tie listed once, in either direction).
 * Used by buildAdjacency and by derived networks (an actor removed, the undirected view).
 */
export function adjacencyFromTies(
  ids: readonly string[],
  ties: TieList,
  directed: boolean,
  weighted: boolean,
): Adjacency {
  const order = ids.length;
  const arcs = directed ? ties : symmetrise(ties);
  const byTarget = sortBy(arcs, arcs.targets, order);
  const sorted = mergeParallel(sortBy(byTarget, byTarget.sources, order));
  const outOffsets = offsetsOf(sorted.sources, sorted.length, order);
  const transposed = directed ? sortBy(sorted, sorted.targets, order) : sorted;
  const inOffsets = directed ? offsetsOf(transposed.targets, transposed.length, order) : outOffsets;
  let nonPositiveTie: Adjacency['nonPositiveTie'] = null;
  for (let index = 0; index < sorted.length && nonPositiveTie === null; index += 1) {
    const weight = sorted.weights[index]!;
    if (weight <= 0) {
      nonPositiveTie = {
        source: ids[sorted.sources[index]!]!,
        target: ids[sorted.targets[index]!]!,
        weight,
      };
    }
  }
  return {
    directed,
    weighted,
    order,
    size: directed ? sorted.length : sorted.length / 2,
    ids,
    outOffsets,
    outTargets: sorted.targets.slice(0, sorted.length),
    outWeights: sorted.weights.slice(0, sorted.length),
    inOffsets,
    inSources: directed
      ? transposed.sources.slice(0, transposed.length)
      : sorted.targets.slice(0, sorted.length),
    inWeights: directed
      ? transposed.weights.slice(0, transposed.length)
      : sorted.weights.slice(0, sorted.length),
    nonPositiveTie,
  };
}

/** Lists every undirected tie in both directions. */
function symmetrise(ties: TieList): TieList {
  const result = createTieList(ties.length * 2);
  for (let index = 0; index < ties.length; index += 1) {
    const source = ties.sources[index]!;
    const target = ties.targets[index]!;
    const weight = ties.weights[index]!;
    pushTie(result, source, target, weight);
    pushTie(result, target, source, weight);
  }
  return result;
}

/** Stable counting sort of a tie list by one of its columns. */
function sortBy(ties: TieList, key: Int32Array, order: number): TieList {
  const counts = new Int32Array(order + 1);
  for (let index = 0; index < ties.length; index += 1) counts[key[index]! + 1]! += 1;
  for (let node = 0; node < order; node += 1) counts[node + 1]! += counts[node]!;
  const result: TieList = {
    sources: new Int32Array(ties.length),
    targets: new Int32Array(ties.length),
    weights: new Float64Array(ties.length),
    length: ties.length,
  };
  for (let index = 0; index < ties.length; index += 1) {
    const position = counts[key[index]!]!;
    counts[key[index]!] = position + 1;
    result.sources[position] = ties.sources[index]!;
    result.targets[position] = ties.targets[index]!;
    result.weights[position] = ties.weights[index]!;
  }
  return result;
}

/** Merges consecutive ties between the same ordered pair, summing their weights. */
function mergeParallel(ties: TieList): TieList {
  let write = -1;
  for (let read = 0; read < ties.length; read += 1) {
    const source = ties.sources[read]!;
    const target = ties.targets[read]!;
    if (write >= 0 && ties.sources[write] === source && ties.targets[write] === target) {
      ties.weights[write]! += ties.weights[read]!;
      continue;
    }
    write += 1;
    ties.sources[write] = source;
    ties.targets[write] = target;
    ties.weights[write] = ties.weights[read]!;
  }
  return { ...ties, length: write + 1 };
}

function offsetsOf(rowOf: Int32Array, length: number, order: number): Int32Array {
  const offsets = new Int32Array(order + 1);
  for (let index = 0; index < length; index += 1) offsets[rowOf[index]! + 1]! += 1;
  for (let node = 0; node < order; node += 1) offsets[node + 1]! += offsets[node]!;
  return offsets;
}
