import { afterEach, describe, expect, it, vi } from 'vitest';
import { louvainCommunities } from '../../../../shared/metrics/community/louvain.ts';
import { modularity } from '../../../../shared/metrics/community/modularity.ts';
import { createRandom } from '../../../../shared/metrics/random.ts';
import { adjacencyOf, florentine, twoTriangles, type TieSpec } from './graphs.ts';

const bridged: TieSpec[] = [...twoTriangles, ['c', 'x']];

describe('modularity', () => {
  it('is 1/2 for two separate triangles split apart', () => {
    expect(modularity(adjacencyOf(twoTriangles), Int32Array.from([0, 0, 0, 1, 1, 1]))).toBeCloseTo(
      0.5,
      12,
    );
  });

  it('is 0 when everyone is in one community', () => {
    expect(modularity(adjacencyOf(bridged), new Int32Array(6))).toBeCloseTo(0, 12);
  });

  it('refuses a network without ties', () => {
    expect(() => modularity(adjacencyOf([], { actors: ['a'] }), new Int32Array(1))).toThrow(
      /measure.noTies/,
    );
  });
});

describe('Louvain communities', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('splits two bridged triangles into two communities numbered by first actor', () => {
    const communities = louvainCommunities(adjacencyOf(bridged), createRandom(1));
    expect(Array.from(communities)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('gives the same communities for the same input and seed', () => {
    const adjacency = adjacencyOf(florentine);
    const first = louvainCommunities(adjacency, createRandom(7));
    const second = louvainCommunities(adjacency, createRandom(7));
    expect(Array.from(second)).toEqual(Array.from(first));
  });

  it('never draws from the global Math.random', () => {
    const spy = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    louvainCommunities(adjacencyOf(florentine), createRandom(3));
    expect(spy).not.toHaveBeenCalled();
  });

  it('puts each actor alone when there are no ties', () => {
    expect(
      Array.from(louvainCommunities(adjacencyOf([], { actors: ['a', 'b'] }), createRandom(1))),
    ).toEqual([0, 1]);
  });

  it('splits two directed cycles joined by one arc, reading direction (Leicht–Newman)', () => {
    // Read as directed, each triangle is a cycle: a→b→c→a and x→y→z→x.
    const cycles: TieSpec[] = [...twoTriangles, ['c', 'x']];
    const adjacency = adjacencyOf(cycles, { directed: true });
    const communities = louvainCommunities(adjacency, createRandom(1));
    expect(Array.from(communities)).toEqual([0, 0, 0, 1, 1, 1]);
    // Directed modularity of that split: inside 6 of 7 arcs, minus Σ out·in / m² per side.
    expect(modularity(adjacency, communities)).toBeCloseTo(6 / 7 - (4 * 3 + 3 * 4) / 49, 12);
  });

  it('follows tie weights: a heavy tie holds its pair together across a light triangle', () => {
    const weighted: TieSpec[] = [
      ['a', 'b', 1],
      ['b', 'c', 1],
      ['c', 'a', 1],
      ['c', 'd', 10],
      ['d', 'e', 1],
    ];
    const communities = louvainCommunities(
      adjacencyOf(weighted, { weighted: true }),
      createRandom(1),
    );
    const [a, b, c, d] = Array.from(communities);
    expect(c).toBe(d);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('leaves no single-actor move that would raise modularity on the Florentine families', () => {
    const adjacency = adjacencyOf(florentine);
    const communities = louvainCommunities(adjacency, createRandom(2));
    const quality = modularity(adjacency, communities);
    const labels = new Set(communities);
    for (let node = 0; node < adjacency.order; node += 1) {
      for (const label of labels) {
        const moved = communities.slice();
        moved[node] = label;
        expect(modularity(adjacency, moved)).toBeLessThanOrEqual(quality + 1e-12);
      }
    }
  });
});
