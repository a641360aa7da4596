import { describe, expect, it } from 'vitest';
import { createTieList, pushTie, type TieList } from '../../../../shared/graph/adjacency.ts';
import { outRows, type Rows } from '../../../../shared/graph/rows-from-ties.ts';
import { createRandom } from '../../../../shared/metrics/random.ts';

/** The rows worked out the plain way: a map of summed weights per ordered pair, sorted. */
function expectedRows(ties: TieList, order: number, both: boolean): Rows {
  const sums = Array.from({ length: order }, () => new Map<number, number>());
  const add = (source: number, target: number, weight: number) =>
    sums[source]!.set(target, (sums[source]!.get(target) ?? 0) + weight);
  for (let index = 0; index < ties.length; index += 1) {
    add(ties.sources[index]!, ties.targets[index]!, ties.weights[index]!);
    if (both) add(ties.targets[index]!, ties.sources[index]!, ties.weights[index]!);
  }
  const offsets = [0];
  const ends: number[] = [];
  const weights: number[] = [];
  for (const row of sums) {
    for (const [target, weight] of [...row].sort((a, b) => a[0] - b[0])) {
      ends.push(target);
      weights.push(weight);
    }
    offsets.push(ends.length);
  }
  return {
    offsets: Int32Array.from(offsets),
    ends: Int32Array.from(ends),
    weights: Float64Array.from(weights),
  };
}

/** Random ties among `order` actors, many repeated, weighing 1 or drawn from `weight`. */
function randomTies(random: () => number, order: number, count: number, weight: () => number) {
  const ties = createTieList(count);
  for (let index = 0; index < count; index += 1) {
    const source = Math.floor(random() * order);
    const target = Math.floor(random() * order);
    if (source !== target) pushTie(ties, source, target, weight());
  }
  return ties;
}

describe('outRows', () => {
  it.each([
    ['undirected, every tie weighing 1', true, false],
    ['directed, every tie weighing 1', false, false],
    ['undirected, weighted', true, true],
    ['directed, weighted', false, true],
  ])('sorts rows and sums repeated ties (%s)', (_label, both, weighted) => {
    for (const [order, count] of [
      [1, 0],
      [5, 40],
      [60, 200],
      [300, 3000],
    ] as const) {
      const random = createRandom(order * 7 + count);
      const weight = weighted ? () => Math.round(random() * 8) / 4 - 0.5 : () => 1;
      const ties = randomTies(random, order, count, weight);
      expect(outRows(ties, order, both)).toEqual(expectedRows(ties, order, both));
    }
  });

  it('counts ties weighing 1 as the weighted path sums them', () => {
    const random = createRandom(5);
    const ties = randomTies(random, 50, 600, () => 1);
    const unit = outRows(ties, 50, true);
    // Ties weighing a half go down the weighted path; their sums are exact halves.
    ties.weights.fill(0.5);
    const halves = outRows(ties, 50, true);
    expect(unit.offsets).toEqual(halves.offsets);
    expect(unit.ends).toEqual(halves.ends);
    expect(unit.weights).toEqual(halves.weights.map((weight) => 2 * weight));
    expect(Math.max(...unit.weights)).toBeGreaterThan(1);
  });
});
