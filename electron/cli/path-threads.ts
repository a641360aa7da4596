import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Adjacency } from '../../shared/graph/adjacency.ts';
import {
  accumulatePathTotals,
  mergePathTotals,
  type PathPassOptions,
  type PathTotals,
} from '../../shared/graph/shortest-path-totals.ts';
import {
  PARALLEL_PATHS_FROM_ACTORS,
  parallelPathPass,
  pathChunks,
  pathThreadCount,
} from '../../shared/metrics/parallel-paths.ts';
import type { PathThreadJob, PathThreadSetup } from './path-thread.ts';

/** Below this many actors one pass takes milliseconds: starting threads would cost more. */
export const THREADS_FROM_ACTORS = PARALLEL_PATHS_FROM_ACTORS;

/**
 * Worker threads do not inherit tsx's loader (the CLI runs the TypeScript sources through it):
 * a tiny module registers it in the thread, then loads the thread's own module.
 */
function threadEntry(): URL {
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const threadModule = new URL('./path-thread.ts', import.meta.url).href;
  const source = `import { register } from ${JSON.stringify(tsxApi.replace(/\.cjs$/, '.mjs'))};
register();
await import(${JSON.stringify(threadModule)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

export interface PathThreads {
  /** The whole pass (every source), split over the threads; parts are merged in source order. */
  run(options: Omit<PathPassOptions, 'from' | 'to'>): Promise<PathTotals>;
  close(): Promise<void>;
}

/**
 * Starts `threads` worker threads that each hold a copy of the adjacency and run the
 * shortest-path pass (the pure kernel in shared/graph) over the chunks of sources they are
 * given. The totals are sums over sources, so the merged parts equal one single-threaded pass
 * (up to the order floating-point sums are added in).
 */
export async function startPathThreads(
  adjacency: Adjacency,
  threads: number,
): Promise<PathThreads> {
  const setup: PathThreadSetup = {
    directed: adjacency.directed,
    order: adjacency.order,
    outOffsets: adjacency.outOffsets,
    outTargets: adjacency.outTargets,
    outWeights: adjacency.outWeights,
    inOffsets: adjacency.inOffsets,
    inSources: adjacency.inSources,
    inWeights: adjacency.inWeights,
  };
  const entry = threadEntry();
  const workers = await Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(entry, { workerData: setup });
      return new Promise<Worker>((resolve, reject) => {
        worker.once('message', () => resolve(worker));
        worker.once('error', reject);
      });
    }),
  );
  const runChunk = (worker: Worker, job: PathThreadJob): Promise<PathTotals> =>
    new Promise((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      worker.once('error', onError);
      worker.once('message', (totals: PathTotals) => {
        worker.off('error', onError);
        resolve(totals);
      });
      worker.postMessage(job);
    });
  return {
    async run(options) {
      const order = adjacency.order;
      const jobs: PathThreadJob[] = pathChunks(order, threads).map((chunk) => ({
        ...options,
        ...chunk,
      }));
      const parts: PathTotals[] = new Array<PathTotals>(jobs.length);
      let next = 0;
      await Promise.all(
        workers.map(async (worker) => {
          while (next < jobs.length) {
            const index = next;
            next += 1;
            parts[index] = await runChunk(worker, jobs[index]!);
          }
        }),
      );
      return mergePathTotals(parts, order);
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * The shortest-path pass of `adjacency` over all cores when the network is large enough to
 * gain from it, else in this thread.
 */
export async function pathTotalsInThreads(
  adjacency: Adjacency,
  options: Omit<PathPassOptions, 'from' | 'to'>,
  threads = pathThreadCount(availableParallelism()),
): Promise<PathTotals> {
  if (threads < 2 || adjacency.order < THREADS_FROM_ACTORS) {
    return accumulatePathTotals(adjacency, options);
  }
  const pool = await startPathThreads(adjacency, threads);
  try {
    return await pool.run(options);
  } finally {
    await pool.close();
  }
}

/**
 * The pass analyzePrepared() would run, run over all cores instead; undefined when the
 * network is too small to gain or the pass does not apply (non-positive weights: the engine
 * then reports why itself).
 */
export async function threadedPathTotals(
  adjacency: Adjacency,
  threads = pathThreadCount(availableParallelism()),
): Promise<PathTotals | undefined> {
  const options = parallelPathPass(adjacency, threads);
  if (options === null) return undefined;
  return pathTotalsInThreads(adjacency, options, threads);
}
