import { describe, expect, it } from 'vitest';
import {
  accumulatePathTotals,
  mergePathTotals,
} from '../../../../shared/graph/shortest-path-totals.ts';
import { attributeAssortativity } from '../../../../shared/metrics/network/attribute-assortativity.ts';
import {
  betweennessCentralization,
  degreeCentralization,
} from '../../../../shared/metrics/network/centralization.ts';
import {
  largestComponentMask,
  strongComponents,
  weakComponents,
} from '../../../../shared/metrics/network/components.ts';
import { degreeAssortativity } from '../../../../shared/metrics/network/degree-assortativity.ts';
import { density } from '../../../../shared/metrics/network/density.ts';
import { pathLengthsFromTotals } from '../../../../shared/metrics/network/path-lengths.ts';
import { reciprocity } from '../../../../shared/metrics/network/reciprocity.ts';
import { betweennessCentrality } from '../../../../shared/metrics/centrality/betweenness.ts';
import { adjacencyOf, path, star, triangle } from './graphs.ts';
import type { Adjacency } from '../../../../shared/graph/adjacency.ts';

function pathLengths(adjacency: Adjacency) {
  const component = largestComponentMask(
    adjacency.directed ? strongComponents(adjacency) : weakComponents(adjacency),
  );
  return pathLengthsFromTotals(
    adjacency,
    accumulatePathTotals(adjacency, { weighted: adjacency.weighted, component }),
  );
}

describe('network measures', () => {
  it('counts a triangle as fully dense, undirected or directed one way', () => {
    expect(density(adjacencyOf(triangle))).toBe(1);
    expect(density(adjacencyOf(triangle, { directed: true }))).toBe(0.5);
    expect(density(adjacencyOf([], { actors: ['a'] }))).toBeNull();
  });

  it('tells weak from strong components', () => {
    const chain = adjacencyOf(
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      { directed: true, actors: ['lone'] },
    );
    expect(weakComponents(chain).count).toBe(2);
    expect(strongComponents(chain).count).toBe(4);
    expect(strongComponents(adjacencyOf(triangle, { directed: true })).count).toBe(1);
  });

  it('measures the diameter and average path length of a path', () => {
    expect(pathLengths(adjacencyOf(path))).toEqual({ diameter: 3, averagePathLength: 20 / 12 });
  });

  it('measures path lengths inside the largest component only', () => {
    const apart = adjacencyOf([...path, ['x', 'y']]);
    expect(pathLengths(apart)).toEqual({ diameter: 3, averagePathLength: 20 / 12 });
  });

  it('has no average path length for a lone actor and no diameter for an empty network', () => {
    expect(pathLengths(adjacencyOf([], { actors: ['a'] }))).toEqual({
      diameter: 0,
      averagePathLength: null,
    });
    expect(pathLengths(adjacencyOf([]))).toEqual({ diameter: null, averagePathLength: null });
  });

  it('adds up passes over parts of the sources to the whole pass', () => {
    const adjacency = adjacencyOf(path);
    const component = new Uint8Array(4).fill(1);
    const whole = accumulatePathTotals(adjacency, { weighted: false, component });
    const parts = [0, 2].map((from) =>
      accumulatePathTotals(adjacency, { weighted: false, component, from, to: from + 2 }),
    );
    expect(mergePathTotals(parts, 4)).toEqual(whole);
  });

  it('counts reciprocated directed ties', () => {
    const adjacency = adjacencyOf(
      [
        ['a', 'b'],
        ['b', 'a'],
        ['b', 'c'],
      ],
      { directed: true },
    );
    expect(reciprocity(adjacency)).toBeCloseTo(2 / 3, 12);
    expect(reciprocity(adjacencyOf(triangle))).toBeNull();
  });

  it('gives a star full degree and betweenness centralisation', () => {
    const adjacency = adjacencyOf(star);
    expect(degreeCentralization(adjacency)).toBe(1);
    expect(betweennessCentralization(betweennessCentrality(adjacency).normalised)).toBe(1);
    expect(degreeCentralization(adjacencyOf(triangle))).toBe(0);
  });

  it('finds a star perfectly disassortative and a cycle without degree variance', () => {
    expect(degreeAssortativity(adjacencyOf(star))).toBeCloseTo(-1, 12);
    expect(degreeAssortativity(adjacencyOf(triangle))).toBeNull();
  });

  it('scores ties that stay inside sectors as assortative', () => {
    const adjacency = adjacencyOf([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(attributeAssortativity(adjacency, ['X', 'X', 'Y', 'Y'])).toBe(1);
    expect(attributeAssortativity(adjacency, ['X', 'Y', 'X', 'Y'])).toBe(-1);
    expect(attributeAssortativity(adjacency, ['X', 'X', 'X', 'X'])).toBeNull();
  });
});
