import { describe, expect, it } from 'vitest';
import { eigenvectorCentrality } from '../../../../shared/metrics/centrality/eigenvector.ts';
import { pageRank } from '../../../../shared/metrics/centrality/pagerank.ts';
import { adjacencyOf, star, triangle, valueOf } from './graphs.ts';

describe('eigenvector centrality', () => {
  it('gives a star’s hub 1/√2 and each of k leaves 1/√(2k)', () => {
    const adjacency = adjacencyOf(star);
    const scores = eigenvectorCentrality(adjacency);
    expect(valueOf(adjacency, scores, 'hub')).toBeCloseTo(Math.SQRT1_2, 9);
    expect(valueOf(adjacency, scores, 'l1')).toBeCloseTo(1 / Math.sqrt(8), 9);
  });

  it('refuses a network without ties', () => {
    expect(() => eigenvectorCentrality(adjacencyOf([], { actors: ['a', 'b'] }))).toThrow(
      /measure.noTies/,
    );
  });

  it('refuses a directed network without cycles, where it cannot settle', () => {
    const chain = adjacencyOf(
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      { directed: true },
    );
    expect(() => eigenvectorCentrality(chain, { maxIterations: 500 })).toThrow(
      /measure.notConverged/,
    );
  });
});

describe('PageRank', () => {
  it('gives every actor of a symmetric network the same share', () => {
    expect(Array.from(pageRank(adjacencyOf(triangle))).map((value) => value.toFixed(12))).toEqual(
      Array(3).fill((1 / 3).toFixed(12)),
    );
  });

  it('sums to 1 even with an actor that sends no ties', () => {
    const adjacency = adjacencyOf(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['a', 'sink'],
      ],
      { directed: true },
    );
    const total = Array.from(pageRank(adjacency)).reduce((sum, value) => sum + value, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('ranks the receiver of many ties first', () => {
    const adjacency = adjacencyOf(
      [
        ['a', 'hub'],
        ['b', 'hub'],
        ['c', 'hub'],
        ['hub', 'a'],
      ],
      { directed: true },
    );
    const scores = Array.from(pageRank(adjacency));
    expect(Math.max(...scores)).toBe(valueOf(adjacency, scores, 'hub'));
  });
});
