import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from '../../../../shared/metrics/centrality/betweenness.ts';
import { MeasureError } from '../../../../shared/metrics/measure-error.ts';
import { adjacencyOf, florentine, path, star, valueOf } from './graphs.ts';

describe('betweenness', () => {
  it('counts each pair once on an undirected path', () => {
    const adjacency = adjacencyOf(path);
    const { raw, normalised } = betweennessCentrality(adjacency);
    expect(Array.from(raw)).toEqual([0, 2, 2, 0]);
    expect(valueOf(adjacency, normalised, 'b')).toBeCloseTo(2 / 3, 12);
  });

  it('gives the hub of a star every pair of leaves, normalised to 1', () => {
    const adjacency = adjacencyOf(star);
    const { raw, normalised } = betweennessCentrality(adjacency);
    expect(valueOf(adjacency, raw, 'hub')).toBe(6);
    expect(valueOf(adjacency, normalised, 'hub')).toBe(1);
    expect(valueOf(adjacency, raw, 'l1')).toBe(0);
  });

  it('follows tie direction in a directed network', () => {
    const adjacency = adjacencyOf(
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      { directed: true },
    );
    const { raw, normalised } = betweennessCentrality(adjacency);
    expect(Array.from(raw)).toEqual([0, 1, 0]);
    expect(valueOf(adjacency, normalised, 'b')).toBe(0.5);
  });

  it('splits credit between equally short paths', () => {
    const square = adjacencyOf([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'a'],
    ]);
    expect(Array.from(betweennessCentrality(square).raw)).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('treats a strong tie as a short path when weighted', () => {
    const adjacency = adjacencyOf(
      [
        ['a', 'b', 1],
        ['b', 'c', 1],
        ['c', 'd', 4],
        ['d', 'a', 4],
      ],
      { weighted: true },
    );
    const { raw } = betweennessCentrality(adjacency);
    expect(valueOf(adjacency, raw, 'd')).toBe(1);
    expect(valueOf(adjacency, raw, 'b')).toBe(0);
  });

  it('ties paths whose weighted lengths differ only by rounding', () => {
    const adjacency = adjacencyOf(
      [
        ['s', 'x', 3],
        ['x', 'y', 3],
        ['y', 't', 3],
        ['s', 'z', 2],
        ['z', 't', 2],
      ],
      { weighted: true },
    );
    const { raw } = betweennessCentrality(adjacency);
    expect(valueOf(adjacency, raw, 'z')).toBeCloseTo(0.5, 12);
  });

  it('gives the Medici the known Florentine betweenness', () => {
    const adjacency = adjacencyOf(florentine);
    expect(valueOf(adjacency, betweennessCentrality(adjacency).normalised, 'Medici')).toBeCloseTo(
      0.521978021978022,
      12,
    );
  });

  it('refuses a zero or negative weight instead of returning a number', () => {
    const adjacency = adjacencyOf([['a', 'b', -1]], { weighted: true });
    expect(() => betweennessCentrality(adjacency)).toThrow(MeasureError);
    expect(() => betweennessCentrality(adjacency)).toThrow(/weightNotPositive/);
  });
});
