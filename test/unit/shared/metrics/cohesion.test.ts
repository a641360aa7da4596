import { describe, expect, it } from 'vitest';
import {
  averageClustering,
  localClustering,
} from '../../../../shared/metrics/cohesion/clustering.ts';
import { coreNumber } from '../../../../shared/metrics/cohesion/k-core.ts';
import { transitivity } from '../../../../shared/metrics/cohesion/transitivity.ts';
import { adjacencyOf, path, star, triangle, valueOf } from './graphs.ts';

const triangleWithTail = [...triangle, ['c', 'd'] as const];

describe('clustering and transitivity', () => {
  it('gives every actor of a triangle clustering 1', () => {
    expect(Array.from(localClustering(adjacencyOf(triangle)))).toEqual([1, 1, 1]);
    expect(transitivity(adjacencyOf(triangle))).toBe(1);
  });

  it('gives 0 to an actor with fewer than two neighbours', () => {
    const adjacency = adjacencyOf(triangleWithTail);
    const clustering = localClustering(adjacency);
    expect(valueOf(adjacency, clustering, 'd')).toBe(0);
    expect(valueOf(adjacency, clustering, 'c')).toBeCloseTo(1 / 3, 12);
    expect(averageClustering(clustering)).toBeCloseTo((1 + 1 + 1 / 3 + 0) / 4, 12);
  });

  it('counts closed triples over all connected triples for transitivity', () => {
    expect(transitivity(adjacencyOf(triangleWithTail))).toBeCloseTo(3 / 5, 12);
    expect(transitivity(adjacencyOf(star))).toBe(0);
  });

  it('has no transitivity when there is no connected triple', () => {
    expect(transitivity(adjacencyOf([['a', 'b']]))).toBeNull();
    expect(averageClustering(new Float64Array(0))).toBeNull();
  });

  it('ignores direction: a directed cycle of three is a triangle', () => {
    expect(Array.from(localClustering(adjacencyOf(triangle, { directed: true })))).toEqual([
      1, 1, 1,
    ]);
  });
});

describe('k-core', () => {
  it('puts a triangle in the 2-core and its tail in the 1-core', () => {
    expect(Array.from(coreNumber(adjacencyOf(triangleWithTail)))).toEqual([2, 2, 2, 1]);
  });

  it('gives 0 to an isolate and 1 to a path', () => {
    expect(Array.from(coreNumber(adjacencyOf(path, { actors: ['lone'] })))).toEqual([
      0, 1, 1, 1, 1,
    ]);
  });
});
