import type { AbstractGraph, Attributes } from 'graphology-types';
import { MeasureError } from '../metrics/measure-error.ts';
import { outRows, transposeRows } from './rows-from-ties.ts';

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
  return checkedWeight(attributes[attribute], { attribute, edge, source, target });
}

/**
 * A weight read from a file or the project, or MeasureError naming the tie and the attribute
 * when it is missing or not a finite number (every path to an adjacency checks the same way).
 */
export function checkedWeight(
  value: unknown,
  where: { attribute: string; edge: string; source: string; target: string },
): number {
  if (value === undefined || value === null || value === '') {
    throw new MeasureError('measure.weightMissing', where);
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MeasureError('measure.weightNotNumeric', { ...where, value: String(value) });
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
  const out = outRows(ties, order, !directed);
  // Undirected: the in-rows are the out-rows, the same arrays.
  const incoming = directed ? transposeRows(out, order) : out;
  const first = weighted ? firstNonPositiveArc(out.weights) : -1;
  const nonPositiveTie: Adjacency['nonPositiveTie'] =
    first < 0
      ? null
      : {
          source: ids[rowOf(out.offsets, first)]!,
          target: ids[out.ends[first]!]!,
          weight: out.weights[first]!,
        };
  return {
    directed,
    weighted,
    order,
    size: directed ? out.ends.length : out.ends.length / 2,
    ids,
    outOffsets: out.offsets,
    outTargets: out.ends,
    outWeights: out.weights,
    inOffsets: incoming.offsets,
    inSources: incoming.ends,
    inWeights: incoming.weights,
    nonPositiveTie,
  };
}

/** Position of the first arc weighing zero or less, or -1. */
function firstNonPositiveArc(weights: Float64Array): number {
  for (let arc = 0; arc < weights.length; arc += 1) if (!(weights[arc]! > 0)) return arc;
  return -1;
}

/** The row holding arc position `arc` (binary search over the offsets). */
function rowOf(offsets: Int32Array, arc: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle]! <= arc) low = middle;
    else high = middle - 1;
  }
  return low;
}
