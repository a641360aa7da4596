import { describe, expect, it } from 'vitest';
import { closenessCentrality } from '../../../../shared/metrics/centrality/closeness.ts';
import { harmonicCentrality } from '../../../../shared/metrics/centrality/harmonic.ts';
import { adjacencyOf, florentine, path, valueOf } from './graphs.ts';

describe('closeness', () => {
  it('is the inverse mean distance on a connected path', () => {
    const adjacency = adjacencyOf(path);
    const closeness = closenessCentrality(adjacency);
    expect(valueOf(adjacency, closeness, 'a')).toBe(0.5);
    expect(valueOf(adjacency, closeness, 'b')).toBe(0.75);
  });

  it('uses incoming distances in a directed network', () => {
    const adjacency = adjacencyOf(
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      { directed: true },
    );
    const closeness = closenessCentrality(adjacency);
    expect(valueOf(adjacency, closeness, 'c')).toBeCloseTo(2 / 3, 12);
  });

  it('gives 0 to an actor nobody can reach', () => {
    const adjacency = adjacencyOf([['a', 'b']], { directed: true, actors: ['lone'] });
    const closeness = closenessCentrality(adjacency);
    expect(valueOf(adjacency, closeness, 'a')).toBe(0);
    expect(valueOf(adjacency, closeness, 'lone')).toBe(0);
  });

  it('scales by the share of actors that reach v (Wasserman–Faust)', () => {
    const adjacency = adjacencyOf([['a', 'b']], { actors: ['c', 'd'] });
    expect(valueOf(adjacency, closenessCentrality(adjacency), 'a')).toBeCloseTo(1 / 3, 12);
  });

  it('gives the Medici the known Florentine closeness', () => {
    const adjacency = adjacencyOf(florentine, { actors: ['Pucci'] });
    expect(valueOf(adjacency, closenessCentrality(adjacency), 'Medici')).toBeCloseTo(
      (0.56 * 14) / 15,
      12,
    );
  });
});

describe('harmonic closeness', () => {
  it('sums inverse distances over the other actors', () => {
    const adjacency = adjacencyOf([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    const harmonic = harmonicCentrality(adjacency);
    expect(valueOf(adjacency, harmonic, 'b')).toBe(1);
    expect(valueOf(adjacency, harmonic, 'a')).toBe(0.75);
  });

  it('lets unreachable actors add nothing', () => {
    const adjacency = adjacencyOf([['a', 'b']], { actors: ['lone'] });
    expect(valueOf(adjacency, harmonicCentrality(adjacency), 'lone')).toBe(0);
    expect(valueOf(adjacency, harmonicCentrality(adjacency), 'a')).toBe(0.5);
  });
});
