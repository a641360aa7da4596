import { describe, expect, it } from 'vitest';
import {
  averageClustering,
  localClustering,
} from '../../../../shared/metrics/cohesion/clustering.ts';
import { coreNumber } from '../../../../shared/metrics/cohesion/k-core.ts';
import { transitivity } from '../../../../shared/metrics/cohesion/transitivity.ts';
import { createRandom } from '../../../../shared/metrics/random.ts';
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

  it('agrees with peeling one lowest-degree actor at a time, on random networks', () => {
    const random = createRandom(7);
    for (let round = 0; round < 40; round += 1) {
      // Sparse to dense, so core numbers jump levels and drop mid-level.
      const order = 5 + Math.floor(random() * 40);
      const chance = 0.02 + random() * 0.5;
      const ties: (readonly [string, string])[] = [];
      for (let first = 0; first < order; first += 1)
        for (let second = first + 1; second < order; second += 1)
          if (random() < chance) ties.push([`n${first}`, `n${second}`]);
      const actors = Array.from({ length: order }, (_value, index) => `n${index}`);
      const adjacency = adjacencyOf(ties, { actors, directed: round % 3 === 0 });
      const found = coreNumber(adjacency);
      expect(Array.from(found)).toEqual(peelOneByOne(adjacency.order, ties, adjacency.ids));
    }
  });
});

/** Core numbers the slow, obvious way: remove an actor of lowest degree, again and again. */
function peelOneByOne(
  order: number,
  ties: readonly (readonly [string, string])[],
  ids: readonly string[],
): number[] {
  const neighbours = Array.from({ length: order }, () => new Set<number>());
  for (const [first, second] of ties) {
    neighbours[ids.indexOf(first)]!.add(ids.indexOf(second));
    neighbours[ids.indexOf(second)]!.add(ids.indexOf(first));
  }
  const core = new Array<number>(order).fill(0);
  const left = new Set(ids.keys());
  let level = 0;
  while (left.size > 0) {
    let lowest = -1;
    for (const node of left)
      if (lowest < 0 || neighbours[node]!.size < neighbours[lowest]!.size) lowest = node;
    level = Math.max(level, neighbours[lowest]!.size);
    core[lowest] = level;
    left.delete(lowest);
    for (const other of neighbours[lowest]!) neighbours[other]!.delete(lowest);
  }
  return core;
}
