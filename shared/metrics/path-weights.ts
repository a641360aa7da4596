import type { Adjacency } from '../graph/adjacency.ts';
import { MeasureError } from './measure-error.ts';

/**
 * Path measures read a weight as closeness of the tie (distance = 1 / weight), which only
 * makes sense for positive weights: refuse the rest instead of returning a quiet number.
 */
export function requirePositiveWeights(adjacency: Adjacency, measure: string): void {
  const tie = adjacency.nonPositiveTie;
  if (adjacency.weighted && tie !== null) {
    throw new MeasureError('measure.weightNotPositive', {
      measure,
      source: tie.source,
      target: tie.target,
      weight: tie.weight,
    });
  }
}
