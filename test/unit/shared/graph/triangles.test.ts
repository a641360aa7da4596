import { describe, expect, it } from 'vitest';
import { undirectedView } from '../../../../shared/graph/derived-adjacency.ts';
import { triangleArcs } from '../../../../shared/graph/triangle-arcs.ts';
import { countTriangles } from '../../../../shared/graph/triangles.ts';
import { createRandom } from '../../../../shared/metrics/random.ts';
import { adjacencyOf, star, triangle, type TieSpec } from '../metrics/graphs.ts';

function trianglesOf(ties: readonly TieSpec[], options = {}): number[] {
  return Array.from(countTriangles(undirectedView(adjacencyOf(ties, options))));
}

/** Triangles through each actor by checking every triple: slow, obviously right. */
function bruteForce(ties: readonly TieSpec[], actors: readonly string[]): number[] {
  const tied = new Set(ties.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  const counts = actors.map(() => 0);
  for (let i = 0; i < actors.length; i += 1)
    for (let j = i + 1; j < actors.length; j += 1)
      for (let k = j + 1; k < actors.length; k += 1) {
        const [a, b, c] = [actors[i]!, actors[j]!, actors[k]!];
        if (tied.has(`${a}|${b}`) && tied.has(`${b}|${c}`) && tied.has(`${a}|${c}`)) {
          counts[i]! += 1;
          counts[j]! += 1;
          counts[k]! += 1;
        }
      }
  return counts;
}

describe('countTriangles', () => {
  it('counts one triangle through each corner of a triangle', () => {
    expect(trianglesOf(triangle)).toEqual([1, 1, 1]);
  });

  it('finds none in a star, and none for an isolate', () => {
    expect(trianglesOf(star, { actors: ['lone'] })).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('counts the four triangles of a complete network of four, three through each actor', () => {
    const complete: TieSpec[] = [
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'd'],
      ['b', 'c'],
      ['b', 'd'],
      ['c', 'd'],
    ];
    expect(trianglesOf(complete)).toEqual([3, 3, 3, 3]);
  });

  it('ignores self-loops, repeated ties and direction', () => {
    const messy: TieSpec[] = [
      ['a', 'b'],
      ['b', 'a'],
      ['b', 'c'],
      ['c', 'a'],
      ['c', 'd'],
    ];
    expect(trianglesOf(messy, { directed: true, multi: true })).toEqual([1, 1, 1, 0]);
  });

  it('agrees with checking every triple on a random network with hubs', () => {
    const random = createRandom(7);
    const actors = Array.from({ length: 40 }, (_value, index) => `n${index}`);
    const ties: TieSpec[] = [];
    const seen = new Set<string>();
    for (let index = 0; index < 200; index += 1) {
      // Squaring skews choices towards low numbers, so some actors become hubs.
      const a = Math.floor(random() ** 2 * 40);
      const b = Math.floor(random() * 40);
      const key = a < b ? `${a}|${b}` : `${b}|${a}`;
      if (a === b || seen.has(key)) continue;
      seen.add(key);
      ties.push([actors[a]!, actors[b]!]);
    }
    expect(trianglesOf(ties, { actors })).toEqual(bruteForce(ties, actors));
  });
});

describe('triangleArcs', () => {
  /** Each triangle as its sorted corner ids, from the arcs triangleArcs gives. */
  function cornersOf(ties: readonly TieSpec[], actors: readonly string[] = []): string[] {
    const adjacency = undirectedView(adjacencyOf(ties, { actors }));
    const { count, arcs, reverse } = triangleArcs(adjacency);
    const sourceOf = new Int32Array(adjacency.outTargets.length);
    for (let node = 0; node < adjacency.order; node += 1)
      sourceOf.fill(node, adjacency.outOffsets[node]!, adjacency.outOffsets[node + 1]!);
    // Every arc's reverse runs between the same two actors the other way.
    reverse.forEach((opposite, arc) => {
      expect(sourceOf[opposite]).toBe(adjacency.outTargets[arc]);
      expect(adjacency.outTargets[opposite]).toBe(sourceOf[arc]);
    });
    const found: string[] = [];
    for (let triangle = 0; triangle < count; triangle += 1) {
      const [ab, bc, ac] = [arcs[3 * triangle]!, arcs[3 * triangle + 1]!, arcs[3 * triangle + 2]!];
      // a→b, b→c and a→c close up: same a, the b of one is the start of the other.
      expect(sourceOf[ab]).toBe(sourceOf[ac]);
      expect(sourceOf[bc]).toBe(adjacency.outTargets[ab]);
      expect(adjacency.outTargets[bc]).toBe(adjacency.outTargets[ac]);
      const corners = [sourceOf[ab]!, sourceOf[bc]!, adjacency.outTargets[bc]!];
      found.push(
        corners
          .map((node) => adjacency.ids[node]!)
          .sort()
          .join(' '),
      );
    }
    return found.sort();
  }

  it('lists the four triangles of a complete network of four once each', () => {
    const complete: TieSpec[] = [
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'd'],
      ['b', 'c'],
      ['b', 'd'],
      ['c', 'd'],
    ];
    expect(cornersOf(complete)).toEqual(['a b c', 'a b d', 'a c d', 'b c d']);
  });

  it('lists every triangle when there are more triangles than ties (complete network of 7)', () => {
    // 21 ties and 35 triangles: more than the room first set aside, one per tie.
    const actors = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const complete: TieSpec[] = actors.flatMap((a, i) =>
      actors.slice(i + 1).map((b): TieSpec => [a, b]),
    );
    const expected = actors.flatMap((a, i) =>
      actors.slice(i + 1).flatMap((b, j) => actors.slice(i + j + 2).map((c) => `${a} ${b} ${c}`)),
    );
    expect(expected).toHaveLength(35);
    expect(cornersOf(complete)).toEqual(expected.sort());
  });

  it('lists none for a star with an isolate', () => {
    expect(cornersOf(star, ['lone'])).toEqual([]);
  });

  it('lists as many triangles as checking every triple finds', () => {
    const random = createRandom(5);
    const actors = Array.from({ length: 30 }, (_value, index) => `n${index}`);
    const ties: TieSpec[] = [];
    const seen = new Set<string>();
    for (let index = 0; index < 150; index += 1) {
      const a = Math.floor(random() ** 2 * 30);
      const b = Math.floor(random() * 30);
      const key = a < b ? `${a}|${b}` : `${b}|${a}`;
      if (a === b || seen.has(key)) continue;
      seen.add(key);
      ties.push([actors[a]!, actors[b]!]);
    }
    const perActor = bruteForce(ties, actors);
    const total = perActor.reduce((sum, value) => sum + value, 0) / 3;
    const found = cornersOf(ties, actors);
    expect(found).toHaveLength(total);
    expect(new Set(found).size).toBe(total);
  });
});
