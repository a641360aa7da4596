import { describe, expect, it } from 'vitest';
import { startPathThreads, threadedPathTotals } from '../../electron/cli/path-threads.ts';
import { adjacencyFromTies, createTieList, pushTie } from '../../shared/graph/adjacency.ts';
import { accumulatePathTotals, type PathTotals } from '../../shared/graph/shortest-path-totals.ts';
import { pathPassFor } from '../../shared/metrics/measure-network.ts';
import { createRandom } from '../../shared/metrics/random.ts';

/** A random network with hubs, a few isolates and, when directed, one-way ties. */
function randomNetwork(order: number, ties: number, directed: boolean, weighted: boolean) {
  const random = createRandom(11);
  const list = createTieList(ties);
  for (let index = 0; index < ties; index += 1) {
    const source = Math.floor(random() ** 2 * (order - 5));
    const target = Math.floor(random() * (order - 5));
    pushTie(list, source, target, weighted ? 1 + Math.floor(random() * 4) : 1);
  }
  const ids = Array.from({ length: order }, (_value, index) => `a${index}`);
  return adjacencyFromTies(ids, list, directed, weighted);
}

function expectSameTotals(actual: PathTotals, expected: PathTotals): void {
  const columns = ['betweenness', 'incomingDistance', 'reachedBy', 'incomingReciprocal'] as const;
  for (const column of columns) {
    // Sums in another order differ in the last bits only.
    let worst = 0;
    expected[column].forEach((value, node) => {
      const difference = Math.abs(actual[column][node]! - value) / Math.max(1, Math.abs(value));
      worst = Math.max(worst, difference);
    });
    expect(worst, column).toBeLessThan(1e-9);
    expect(actual[column].length).toBe(expected[column].length);
  }
  expect(actual.componentPairs).toBe(expected.componentPairs);
  expect(actual.componentDistance).toBeCloseTo(expected.componentDistance, 6);
  expect(actual.componentDiameter).toBe(expected.componentDiameter);
}

describe('the shortest-path pass over worker threads', () => {
  it.each([
    ['undirected, steps', false, false],
    ['directed, weighted', true, true],
  ])('adds up to the single-threaded pass (%s)', async (_label, directed, weighted) => {
    const adjacency = randomNetwork(600, 1800, directed, weighted);
    const options = pathPassFor(adjacency);
    const pool = await startPathThreads(adjacency, 2);
    try {
      expectSameTotals(await pool.run(options), accumulatePathTotals(adjacency, options));
      // The same pool runs again with the same answer (threads keep no state between runs).
      expectSameTotals(await pool.run(options), accumulatePathTotals(adjacency, options));
    } finally {
      await pool.close();
    }
  });

  it('is used from 2,000 actors on, and not below', async () => {
    const large = randomNetwork(2100, 4000, false, false);
    const totals = await threadedPathTotals(large, 2);
    expect(totals).toBeDefined();
    expectSameTotals(totals!, accumulatePathTotals(large, pathPassFor(large)));
    expect(await threadedPathTotals(randomNetwork(100, 300, false, false), 2)).toBeUndefined();
  });

  it('leaves a network with a negative weight to the engine, which says why', async () => {
    const list = createTieList(2);
    pushTie(list, 0, 1, -1);
    const ids = Array.from({ length: 2100 }, (_value, index) => `a${index}`);
    const adjacency = adjacencyFromTies(ids, list, false, true);
    expect(await threadedPathTotals(adjacency, 2)).toBeUndefined();
  });
});
