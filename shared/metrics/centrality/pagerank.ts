import type { Adjacency } from '../../graph/adjacency.ts';
import { MeasureError } from '../measure-error.ts';
import { requirePositiveWeights } from '../path-weights.ts';
import type { IterationOptions } from './eigenvector.ts';

export interface PageRankOptions extends IterationOptions {
  /** Probability of following a tie rather than jumping anywhere; 0.85 by default. */
  damping?: number;
}

/**
 * PageRank of v: the share of time a random walker spends at v when it follows a tie with
 * probability 0.85 (choosing ties in proportion to their weight) and otherwise jumps to any
 * actor; an actor without outgoing ties sends the walker anywhere (uniform dangling rule).
 * Directed: along ties; undirected: each tie both ways. Weighted: optional, as above.
 * Normalised: scores sum to 1. Power iteration to an L1 change below n × 1e-12
 * (NetworkX's rule; igraph's PRPACK solves the same system directly).
 * Ref: Brin & Page 1998, Computer Networks 30:107–117.
 */
export function pageRank(adjacency: Adjacency, options: PageRankOptions = {}): Float64Array {
  requirePositiveWeights(adjacency, 'pagerank');
  const { order, outOffsets, outWeights, inOffsets, inSources, inWeights } = adjacency;
  const damping = options.damping ?? 0.85;
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 10_000;
  if (order === 0) return new Float64Array(0);
  const outStrength = new Float64Array(order);
  rowSums(order, outOffsets, outWeights, outStrength);
  let current = new Float64Array(order).fill(1 / order);
  let next = new Float64Array(order);
  const share = new Float64Array(order);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const dangling = sharesAndDangling(outStrength, current, share);
    const base = (damping * dangling + (1 - damping)) / order;
    const change = spread(
      order,
      inOffsets,
      inSources,
      inWeights,
      share,
      damping,
      base,
      current,
      next,
    );
    const previous = current;
    current = next;
    next = previous;
    if (change < order * tolerance) return current;
  }
  throw new MeasureError('measure.notConverged', {
    measure: 'pagerank',
    iterations: maxIterations,
  });
}

function rowSums(order: number, offsets: Int32Array, weights: Float64Array, sums: Float64Array) {
  for (let node = 0; node < order; node += 1) {
    let total = 0;
    for (let arc = offsets[node]!, end = offsets[node + 1]!; arc < end; arc += 1)
      total += weights[arc]!;
    sums[node] = total;
  }
}

/** Each actor's score per unit of out-weight; returns the score held by dangling actors. */
function sharesAndDangling(
  outStrength: Float64Array,
  current: Float64Array,
  share: Float64Array,
): number {
  let dangling = 0;
  for (let node = 0; node < current.length; node += 1) {
    if (outStrength[node] === 0) dangling += current[node]!;
    else share[node] = current[node]! / outStrength[node]!;
  }
  return dangling;
}

/** One step: next = damping · (shares received) + base; returns the L1 change. */
function spread(
  order: number,
  inOffsets: Int32Array,
  inSources: Int32Array,
  inWeights: Float64Array,
  share: Float64Array,
  damping: number,
  base: number,
  current: Float64Array,
  next: Float64Array,
): number {
  let change = 0;
  let arc = inOffsets[0]!;
  for (let node = 0; node < order; node += 1) {
    const end = inOffsets[node + 1]!;
    let value = 0;
    for (; arc < end; arc += 1) value += share[inSources[arc]!]! * inWeights[arc]!;
    const updated = damping * value + base;
    next[node] = updated;
    change += Math.abs(updated - current[node]!);
  }
  return change;
}
