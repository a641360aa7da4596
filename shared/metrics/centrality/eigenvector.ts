import type { Adjacency } from '../../graph/adjacency.ts';
import { MeasureError } from '../measure-error.ts';
import { requirePositiveWeights } from '../path-weights.ts';

export interface IterationOptions {
  /** Stop when the L1 change between two iterations is below order × tolerance. */
  tolerance?: number;
  maxIterations?: number;
}

/**
 * Eigenvector centrality of v: v's share of the leading eigenvector of the adjacency matrix,
 * so an actor is central when tied to central actors.
 * Directed: scores flow along ties, v is scored by those who send it ties (the "left"
 * eigenvector, as NetworkX). Weighted: optional, a tie passes weight × score.
 * Normalised: the vector has Euclidean length 1 (NetworkX and graphology; igraph instead
 * scales the maximum to 1). Computed by power iteration on A + I from the uniform vector,
 * NetworkX's method, which also settles networks with several dominant eigenvalues; in a
 * disconnected network the smaller components tend to 0.
 * Refuses a network without ties (no leading eigenvector) and one where the iteration does
 * not settle (e.g. a directed network without cycles).
 * Ref: Bonacich 1972, J. Math. Sociology 2:113–120; Newman 2010, Networks, p. 169.
 */
export function eigenvectorCentrality(
  adjacency: Adjacency,
  options: IterationOptions = {},
): Float64Array {
  requirePositiveWeights(adjacency, 'eigenvector');
  const { order, inOffsets, inSources, inWeights } = adjacency;
  if (adjacency.size === 0) throw new MeasureError('measure.noTies', { measure: 'eigenvector' });
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 10_000;
  // Every tie weighing 1 (unweighted, no parallel ties): skip reading the weights, which
  // halves the memory the inner loop streams through.
  const unitWeights = allOnes(inWeights);
  let current = new Float64Array(order).fill(1 / order);
  let next = new Float64Array(order);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const squares = unitWeights
      ? multiplyPlusIdentityUnit(order, inOffsets, inSources, current, next)
      : multiplyPlusIdentity(order, inOffsets, inSources, inWeights, current, next);
    const change = divideAndCompare(next, current, Math.sqrt(squares) || 1);
    const previous = current;
    current = next;
    next = previous;
    if (change < order * tolerance) return current;
  }
  throw new MeasureError('measure.notConverged', {
    measure: 'eigenvector',
    iterations: maxIterations,
  });
}

/** next = (A + I)·current along in-rows; returns the sum of squares of next. */
function multiplyPlusIdentity(
  order: number,
  inOffsets: Int32Array,
  inSources: Int32Array,
  inWeights: Float64Array,
  current: Float64Array,
  next: Float64Array,
): number {
  let squares = 0;
  let arc = inOffsets[0]!;
  for (let node = 0; node < order; node += 1) {
    const end = inOffsets[node + 1]!;
    let value = current[node]!;
    for (; arc < end; arc += 1) value += current[inSources[arc]!]! * inWeights[arc]!;
    next[node] = value;
    squares += value * value;
  }
  return squares;
}

/** Divides `next` by `norm` in place; returns the L1 distance to `current`. */
function divideAndCompare(next: Float64Array, current: Float64Array, norm: number): number {
  let change = 0;
  for (let node = 0; node < next.length; node += 1) {
    const value = next[node]! / norm;
    next[node] = value;
    change += Math.abs(value - current[node]!);
  }
  return change;
}

/** multiplyPlusIdentity when every weight is 1. */
function multiplyPlusIdentityUnit(
  order: number,
  inOffsets: Int32Array,
  inSources: Int32Array,
  current: Float64Array,
  next: Float64Array,
): number {
  let squares = 0;
  let arc = inOffsets[0]!;
  for (let node = 0; node < order; node += 1) {
    const end = inOffsets[node + 1]!;
    let value = current[node]!;
    for (; arc < end; arc += 1) value += current[inSources[arc]!]!;
    next[node] = value;
    squares += value * value;
  }
  return squares;
}

export function allOnes(weights: Float64Array): boolean {
  for (let arc = 0; arc < weights.length; arc += 1) if (weights[arc] !== 1) return false;
  return true;
}
