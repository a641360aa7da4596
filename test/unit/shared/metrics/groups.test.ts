import { describe, expect, it } from 'vitest';
import { groupEiIndex, sectorEiIndex } from '../../../../shared/metrics/groups/ei-index.ts';
import { groupDensity } from '../../../../shared/metrics/groups/group-density.ts';
import { sectorMixingMatrix } from '../../../../shared/metrics/groups/mixing-matrix.ts';
import { adjacencyOf, type TieSpec } from './graphs.ts';

const ties: TieSpec[] = [
  ['cso1', 'cso2'],
  ['cso1', 'gov1'],
  ['cso2', 'gov1'],
  ['gov1', 'donor1'],
];
const sectors = ['cso', 'cso', 'government', 'donor'];

describe('sector mixing and E-I', () => {
  it('counts undirected ties once per pair of sectors, symmetrically', () => {
    expect(sectorMixingMatrix(adjacencyOf(ties), sectors)).toEqual({
      sectors: ['cso', 'donor', 'government'],
      ties: [
        [1, 0, 2],
        [0, 0, 1],
        [2, 1, 0],
      ],
      unclassified: 0,
    });
  });

  it('keeps sender rows and receiver columns when directed', () => {
    const matrix = sectorMixingMatrix(adjacencyOf(ties, { directed: true }), sectors);
    expect(matrix.ties[0]).toEqual([1, 0, 2]);
    expect(matrix.ties[2]).toEqual([0, 1, 0]);
  });

  it('computes the E-I index of the whole network and of each sector', () => {
    const result = sectorEiIndex(adjacencyOf(ties), sectors);
    expect(result.whole).toBe((3 - 1) / 4);
    expect(result.bySector).toEqual({ cso: (2 - 1) / 3, donor: 1, government: 1 });
  });

  it('leaves out ties of actors without a sector', () => {
    const matrix = sectorMixingMatrix(adjacencyOf(ties), ['cso', 'cso', null, 'donor']);
    expect(matrix.unclassified).toBe(3);
    expect(sectorEiIndex(adjacencyOf(ties), ['cso', 'cso', null, 'donor']).whole).toBe(-1);
  });
});

describe('groups', () => {
  const adjacency = adjacencyOf(ties);
  const groups = new Map([
    ['alpha', Uint8Array.from([1, 1, 1, 0])],
    ['beta', Uint8Array.from([0, 0, 1, 1])],
  ]);

  it('computes the E-I index of each group, members may overlap', () => {
    expect(groupEiIndex(adjacency, groups)).toEqual({ alpha: (1 - 3) / 4, beta: (2 - 1) / 3 });
  });

  it('computes the density inside and between groups', () => {
    const result = groupDensity(adjacency, groups);
    expect(result.groups).toEqual(['alpha', 'beta']);
    expect(result.density[0]![0]).toBe(1);
    expect(result.density[1]![1]).toBe(1);
    // alpha → beta: ordered pairs (a ≠ b) = 3·2 − 1 shared member; ties cso1–gov1, cso2–gov1, gov1–donor1.
    expect(result.density[0]![1]).toBe(3 / 5);
  });

  it('has no density inside a group of one', () => {
    const single = new Map([['one', Uint8Array.from([1, 0, 0, 0])]]);
    expect(groupDensity(adjacency, single).density).toEqual([[null]]);
  });
});
