import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../../../scripts/bench-engine-network.ts';
import { adjacencyFromTies, createTieList, pushTie } from '../../../../shared/graph/adjacency.ts';
import {
  accumulatePathTotals,
  type PathTotals,
} from '../../../../shared/graph/shortest-path-totals.ts';
import { pathPassFor } from '../../../../shared/metrics/measure-network.ts';
import { parallelPathPass } from '../../../../shared/metrics/parallel-paths.ts';
import { createRandom } from '../../../../shared/metrics/random.ts';
import {
  PathPassAnswer,
  PathPassRequest,
  type PathPassReply,
} from '../../../../renderer/workers/path-pass-messages.ts';
import {
  runPathPassInWorkers,
  type PathPassPort,
} from '../../../../renderer/workers/path-pass-pool.ts';
import {
  runAnalysisJob,
  runAnalysisJobWith,
} from '../../../../renderer/workers/run-analysis-job.ts';
import type { WorkerKeeper } from '../../../../renderer/workers/worker-keeper.ts';

/**
 * A stand-in for a nested path worker: the same protocol as path-pass.worker.ts (requests and
 * answers checked by their schemas), answering asynchronously like a real worker. The worker
 * file itself runs in the browser end-to-end test (test/e2e/measures-threads.test.ts).
 */
function fakeWorker(
  log: { terminated: number; chunks: number; forgotten: number },
  failOnChunk = -1,
): PathPassPort {
  const listeners: ((event: MessageEvent<unknown>) => void)[] = [];
  let adjacency: Parameters<typeof accumulatePathTotals>[0] | null = null;
  let terminated = false;
  const answer = (reply: PathPassReply) =>
    setTimeout(() => {
      if (terminated) return;
      expect(PathPassAnswer.safeParse(reply).success).toBe(true);
      for (const listener of listeners) listener({ data: reply } as MessageEvent<unknown>);
    }, 0);
  return {
    postMessage(message) {
      const request = PathPassRequest.parse(message);
      if (request.kind === 'setup') {
        const { kind: _kind, ...arrays } = request;
        adjacency = { ...arrays, weighted: false, size: 0, ids: [], nonPositiveTie: null };
        return;
      }
      if (request.kind === 'forget') {
        log.forgotten += 1;
        adjacency = null;
        return;
      }
      log.chunks += 1;
      if (log.chunks === failOnChunk) return answer({ kind: 'failed', message: 'out of memory' });
      const { kind: _kind, ...options } = request;
      answer({ kind: 'totals', ...accumulatePathTotals(adjacency!, options) });
    },
    addEventListener(type: string, listener: (event: never) => void) {
      if (type === 'message') listeners.push(listener as (event: MessageEvent<unknown>) => void);
    },
    removeEventListener(type: string, listener: (event: never) => void) {
      const index = listeners.indexOf(listener as (event: MessageEvent<unknown>) => void);
      if (type === 'message' && index !== -1) listeners.splice(index, 1);
    },
    terminate() {
      terminated = true;
      log.terminated += 1;
    },
  };
}

/**
 * A keeper of fake workers that records what the pool does with them: workers it kept are
 * handed out again (last kept first), as createWorkerKeeper does.
 */
function recordingKeeper(create: () => PathPassPort) {
  const idle: PathPassPort[] = [];
  const record = { created: 0, kept: 0, discarded: 0 };
  const keeper: WorkerKeeper<PathPassPort> = {
    take: () => {
      const worker = idle.pop();
      if (worker) return worker;
      record.created += 1;
      return create();
    },
    keep: (worker) => {
      record.kept += 1;
      idle.push(worker);
    },
    discard: (worker) => {
      record.discarded += 1;
      worker.terminate();
    },
  };
  return { keeper, record };
}

function randomNetwork(order: number, ties: number, directed: boolean, weighted: boolean) {
  const random = createRandom(5);
  const list = createTieList(ties);
  for (let index = 0; index < ties; index += 1) {
    const source = Math.floor(random() ** 2 * (order - 3));
    const target = Math.floor(random() * (order - 3));
    pushTie(list, source, target, weighted ? 1 + Math.floor(random() * 3) : 1);
  }
  const ids = Array.from({ length: order }, (_value, index) => `a${index}`);
  return adjacencyFromTies(ids, list, directed, weighted);
}

function expectSameTotals(actual: PathTotals, expected: PathTotals): void {
  for (const column of [
    'betweenness',
    'incomingDistance',
    'reachedBy',
    'incomingReciprocal',
  ] as const) {
    expect(actual[column].length).toBe(expected[column].length);
    expected[column].forEach((value, node) => {
      // Sums added in another order differ in the last bits only.
      expect(Math.abs(actual[column][node]! - value)).toBeLessThanOrEqual(
        1e-9 * Math.max(1, Math.abs(value)),
      );
    });
  }
  expect(actual.componentPairs).toBe(expected.componentPairs);
  expect(actual.componentDistance).toBeCloseTo(expected.componentDistance, 6);
  expect(actual.componentDiameter).toBe(expected.componentDiameter);
}

describe('the shortest-path pass over nested workers', () => {
  it.each([
    ['undirected, steps', false, false],
    ['directed, weighted', true, true],
  ])('adds up to the pass in one thread (%s)', async (_label, directed, weighted) => {
    const adjacency = randomNetwork(700, 2000, directed, weighted);
    const options = pathPassFor(adjacency);
    const log = { terminated: 0, chunks: 0, forgotten: 0 };
    const { keeper, record } = recordingKeeper(() => fakeWorker(log));
    const progress: number[] = [];
    const totals = await runPathPassInWorkers(adjacency, options, 3, keeper, (done, total) =>
      progress.push(done / total),
    );
    expectSameTotals(totals, accumulatePathTotals(adjacency, options));
    // 8 ranges per worker, each reported once, and every worker kept for the next pass.
    expect(log.chunks).toBe(24);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toHaveLength(24);
    expect(record).toEqual({ created: 3, kept: 3, discarded: 0 });
    expect(log.terminated).toBe(0);
    // Each waits for the next pass without its copy of the network.
    expect(log.forgotten).toBe(3);
  });

  it('runs the next pass in the kept workers, on another network, with the same answer', async () => {
    const log = { terminated: 0, chunks: 0, forgotten: 0 };
    const { keeper, record } = recordingKeeper(() => fakeWorker(log));
    const first = randomNetwork(500, 1500, false, false);
    const firstProgress: number[] = [];
    await runPathPassInWorkers(first, pathPassFor(first), 2, keeper, (done) =>
      firstProgress.push(done),
    );
    // Directed and weighted this time: each kept worker must take the new network, and the
    // first pass's listeners must be gone (they would report this pass's ranges as theirs).
    const second = randomNetwork(400, 1200, true, true);
    const progress: number[] = [];
    const totals = await runPathPassInWorkers(second, pathPassFor(second), 2, keeper, (done) =>
      progress.push(done),
    );
    expectSameTotals(totals, accumulatePathTotals(second, pathPassFor(second)));
    expect(progress).toEqual(Array.from({ length: 16 }, (_value, index) => index + 1));
    expect(firstProgress).toHaveLength(16);
    expect(record).toEqual({ created: 2, kept: 4, discarded: 0 });
  });

  it('fails when a worker fails, and ends every worker', async () => {
    const adjacency = randomNetwork(300, 900, false, false);
    const log = { terminated: 0, chunks: 0, forgotten: 0 };
    const { keeper, record } = recordingKeeper(() => fakeWorker(log, 5));
    await expect(
      runPathPassInWorkers(adjacency, pathPassFor(adjacency), 2, keeper),
    ).rejects.toThrow('out of memory');
    expect(record).toEqual({ created: 2, kept: 0, discarded: 2 });
    expect(log.terminated).toBe(2);
    expect(log.forgotten).toBe(0);
  });

  it('is used from 2,000 actors on with two cores or more, and not below', () => {
    expect(parallelPathPass(randomNetwork(2000, 3000, false, false), 2)).not.toBeNull();
    expect(parallelPathPass(randomNetwork(1999, 3000, false, false), 2)).toBeNull();
    expect(parallelPathPass(randomNetwork(2000, 3000, false, false), 1)).toBeNull();
  });

  it('gives the analysis worker the same answer as one thread on 2,500 actors', async () => {
    const job = { task: 'analyze', id: 1, ...largeJobFields() } as const;
    const log = { terminated: 0, chunks: 0, forgotten: 0 };
    const phases: string[] = [];
    const parallel = await runAnalysisJobWith(
      job,
      (phase) => phases.push(phase),
      nestedPathPass(log),
    );
    const single = runAnalysisJob(job, () => undefined);
    expect(phases).toEqual(['building', 'measuring']);
    expect(log.chunks).toBe(16);
    if (parallel.kind !== 'analysis' || single.kind !== 'analysis') throw new Error('no answer');
    expectClose(parallel.analysis, single.analysis, 'analysis');
  }, 120_000);

  it('runs both passes of the without-actor comparison in the nested workers', async () => {
    const job = { task: 'withoutActor', id: 2, actor: 'actor-0', ...largeJobFields() } as const;
    const log = { terminated: 0, chunks: 0, forgotten: 0 };
    const parallel = await runAnalysisJobWith(job, () => undefined, nestedPathPass(log));
    const single = runAnalysisJob(job, () => undefined);
    // 8 ranges per worker for the whole network, 8 more for the one without the actor.
    expect(log.chunks).toBe(32);
    if (parallel.kind !== 'withoutActor' || single.kind !== 'withoutActor') {
      throw new Error('no answer');
    }
    expectClose(parallel.result, single.result, 'result');
    // The same network less one actor.
    expect(parallel.result.without.actors).toBe(parallel.result.with.actors - 1);
    const missing = await runAnalysisJobWith(
      { ...job, actor: 'nobody' },
      () => undefined,
      nestedPathPass(log),
    );
    expect(missing).toMatchObject({ kind: 'failed', error: { code: 'measure.unknownActor' } });
  }, 120_000);
});

/**
 * Settings and a 2,500-actor snapshot: 6,000 ties, most from the low-numbered actors,
 * weights 1–4 (read only when a test asks for weights).
 */
function largeJobFields() {
  const random = createRandom(17);
  const order = 2500;
  const edges = new Int32Array(2 * 6000);
  const weights = new Int32Array(6000);
  for (let index = 0; index < 6000; index += 1) {
    edges[2 * index] = Math.floor(random() ** 2 * order);
    edges[2 * index + 1] = Math.floor(random() * order);
    weights[index] = 1 + Math.floor(random() * 4);
  }
  return {
    snapshot: snapshotOf(order, edges, weights),
    settings: { at: null, includePotential: false, direction: 'undirected', weighted: false },
    groups: {},
  } as const;
}

/** The analysis worker's pass over two fake nested workers, counted in `log`. */
function nestedPathPass(log: { terminated: number; chunks: number; forgotten: number }) {
  const { keeper } = recordingKeeper(() => fakeWorker(log));
  return async (adjacency: Parameters<typeof accumulatePathTotals>[0]) => {
    const options = parallelPathPass(adjacency, 2);
    expect(options).not.toBeNull();
    return runPathPassInWorkers(adjacency, options!, 2, keeper);
  };
}

/** Equal, numbers up to 1e-9 relative (path totals added in another order). */
function expectClose(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(expected)),
    );
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual, path).toBeTypeOf('object');
    const keys = Object.keys(expected);
    expect(Object.keys(actual as object).sort(), path).toEqual([...keys].sort());
    for (const key of keys) {
      expectClose(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
    }
  } else {
    expect(actual, path).toEqual(expected);
  }
}
