import { describe, expect, it } from 'vitest';
import { degreeCentrality } from '../../../../shared/metrics/centrality/degree.ts';
import { strengthCentrality } from '../../../../shared/metrics/centrality/strength.ts';
import { adjacencyOf, florentine, valueOf } from './graphs.ts';

describe('degree and strength', () => {
  it('counts in- and out-ties separately and adds them for degree', () => {
    const adjacency = adjacencyOf(
      [
        ['a', 'b'],
        ['b', 'a'],
        ['c', 'a'],
      ],
      { directed: true },
    );
    const { degree, inDegree, outDegree } = degreeCentrality(adjacency);
    expect(valueOf(adjacency, inDegree, 'a')).toBe(2);
    expect(valueOf(adjacency, outDegree, 'a')).toBe(1);
    expect(valueOf(adjacency, degree, 'a')).toBe(3);
  });

  it('ignores self-loops and merges parallel ties', () => {
    const adjacency = adjacencyOf(
      [
        ['a', 'a'],
        ['a', 'b', 2],
        ['b', 'a', 3],
      ],
      { weighted: true, multi: true },
    );
    expect(Array.from(degreeCentrality(adjacency).degree)).toEqual([1, 1]);
    expect(Array.from(strengthCentrality(adjacency))).toEqual([5, 5]);
  });

  it('sums the weights sent and received', () => {
    const adjacency = adjacencyOf(
      [
        ['a', 'b', 2],
        ['c', 'a', 0.5],
      ],
      { directed: true, weighted: true },
    );
    expect(valueOf(adjacency, strengthCentrality(adjacency), 'a')).toBe(2.5);
  });

  it('equals degree when no weight is chosen', () => {
    const adjacency = adjacencyOf(florentine);
    expect(Array.from(strengthCentrality(adjacency))).toEqual(
      Array.from(degreeCentrality(adjacency).degree),
    );
    expect(valueOf(adjacency, degreeCentrality(adjacency).degree, 'Medici')).toBe(6);
  });
});
