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
  for (let node = 0; node < order; node += 1) {
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1)
      outStrength[node]! += outWeights[arc]!;
  }
  let current = new Float64Array(order).fill(1 / order);
  let next = new Float64Array(order);
  const share = new Float64Array(order);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    let dangling = 0;
    for (let node = 0; node < order; node += 1) {
      if (outStrength[node] === 0) dangling += current[node]!;
      else share[node] = current[node]! / outStrength[node]!;
    }
    const base = (damping * dangling + (1 - damping)) / order;
    let change = 0;
    for (let node = 0; node < order; node += 1) {
      let value = 0;
      for (let arc = inOffsets[node]!; arc < inOffsets[node + 1]!; arc += 1) {
        value += share[inSources[arc]!]! * inWeights[arc]!;
      }
      next[node] = damping * value + base;
      change += Math.abs(next[node]! - current[node]!);
    }
    [current, next] = [next, current];
    if (change < order * tolerance) return current;
  }
  throw new MeasureError('measure.notConverged', {
    measure: 'pagerank',
    iterations: maxIterations,
  });
}
