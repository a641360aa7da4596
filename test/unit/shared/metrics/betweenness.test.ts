import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from '../../../../shared/metrics/centrality/betweenness.ts';
import type { Adjacency } from '../../../../shared/graph/adjacency.ts';
import { MeasureError } from '../../../../shared/metrics/measure-error.ts';
import { createRandom } from '../../../../shared/metrics/random.ts';
import { adjacencyOf, florentine, path, star, valueOf, type TieSpec } from './graphs.ts';

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

  it('agrees with counting shortest paths pair by pair on random weighted networks', () => {
    // Weights 1–3 make many paths of equal length (1/2 + 1/2 = 1), the case where the
    // predecessors kept by the pass must be exactly those of a shortest path.
    const random = createRandom(11);
    for (let trial = 0; trial < 40; trial += 1) {
      const order = 3 + Math.floor(random() * 10);
      const ties = new Map<string, TieSpec>();
      for (let tie = 0; tie < order * 1.8; tie += 1) {
        const [a, b] = [Math.floor(random() * order), Math.floor(random() * order)];
        if (a !== b)
          ties.set(`${Math.min(a, b)}-${Math.max(a, b)}`, [
            `n${a}`,
            `n${b}`,
            1 + Math.floor(random() * 3),
          ]);
      }
      for (const directed of [false, true]) {
        const adjacency = adjacencyOf([...ties.values()], { directed, weighted: true });
        const expected = pairByPairBetweenness(adjacency);
        const { raw } = betweennessCentrality(adjacency);
        raw.forEach((value, node) => expect(value).toBeCloseTo(expected[node]!, 9));
      }
    }
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

/**
 * Betweenness by definition, for small networks: all distances by Floyd–Warshall on length
 * 1/weight, the number of shortest paths from each source in order of distance, then for each
 * actor v the share of each pair's shortest paths through it. Undirected pairs count once.
 */
function pairByPairBetweenness(adjacency: Adjacency): number[] {
  const { order, outOffsets, outTargets, outWeights } = adjacency;
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(a, b);
  const distance = Array.from({ length: order }, (_row, from) =>
    Array.from({ length: order }, (_cell, to) => (from === to ? 0 : Infinity)),
  );
  for (let node = 0; node < order; node += 1) {
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      distance[node]![outTargets[arc]!] = 1 / outWeights[arc]!;
    }
  }
  for (let via = 0; via < order; via += 1) {
    for (const row of distance) {
      for (let to = 0; to < order; to += 1)
        row[to] = Math.min(row[to]!, row[via]! + distance[via]![to]!);
    }
  }
  const paths = distance.map((row, source) => {
    const count = row.map((_value, node) => (node === source ? 1 : 0));
    const byDistance = row.map((_value, node) => node).sort((a, b) => row[a]! - row[b]!);
    for (const node of byDistance) {
      if (node === source || row[node] === Infinity) continue;
      for (let before = 0; before < order; before += 1) {
        for (let arc = outOffsets[before]!; arc < outOffsets[before + 1]!; arc += 1) {
          if (outTargets[arc] !== node || !(row[before]! < row[node]!)) continue;
          if (same(row[before]! + 1 / outWeights[arc]!, row[node]!)) count[node]! += count[before]!;
        }
      }
    }
    return count;
  });
  return distance.map((_row, through) => {
    let total = 0;
    for (let source = 0; source < order; source += 1) {
      for (let target = 0; target < order; target += 1) {
        const direct = distance[source]![target]!;
        if (source === target || through === source || through === target) continue;
        if (direct === Infinity) continue;
        if (!same(distance[source]![through]! + distance[through]![target]!, direct)) continue;
        total += (paths[source]![through]! * paths[through]![target]!) / paths[source]![target]!;
      }
    }
    return adjacency.directed ? total : total / 2;
  });
}
