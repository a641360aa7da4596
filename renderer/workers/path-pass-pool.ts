import type { Adjacency } from '../../shared/graph/adjacency.ts';
import {
  mergePathTotals,
  type PathPassOptions,
  type PathTotals,
} from '../../shared/graph/shortest-path-totals.ts';
import { pathChunks } from '../../shared/metrics/parallel-paths.ts';
import { PathPassAnswer, type PathPassRequest } from './path-pass-messages.ts';
import type { WorkerKeeper } from './worker-keeper.ts';

/** What the pool needs of a worker (a Web Worker has it; tests may pass something else). */
export interface PathPassPort {
  postMessage(message: PathPassRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  removeEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/**
 * The shortest-path pass of `adjacency` spread over `threads` nested workers: each gets a
 * copy of the network, then ranges of sources one at a time as it finishes the previous one;
 * the parts are merged in source order (totals are sums over sources, so the result equals
 * one pass in a single thread up to the order of floating-point additions).
 * Workers come from `workers` and go back to it when the pass ends with every part, so the
 * next pass (the next job, or the without-actor job) runs in workers whose kernel V8 has
 * already compiled; after a failure they are discarded. A cancelled job terminates the
 * caller's own worker, and its nested workers end with it.
 * `onChunk` is told how many ranges are done out of how many.
 */
export async function runPathPassInWorkers(
  adjacency: Adjacency,
  options: Omit<PathPassOptions, 'from' | 'to'>,
  threads: number,
  workers: WorkerKeeper<PathPassPort>,
  onChunk: (done: number, total: number) => void = () => undefined,
): Promise<PathTotals> {
  const chunks = pathChunks(adjacency.order, threads);
  const parts = new Array<PathTotals>(chunks.length);
  const taken = Array.from({ length: Math.min(threads, chunks.length) }, () => workers.take());
  const detachers: (() => void)[] = [];
  let failed = true;
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      const give = (worker: PathPassPort, ready: (index: number) => void): void => {
        if (next >= chunks.length) return;
        const index = next;
        next += 1;
        ready(index);
        worker.postMessage({ kind: 'chunk', ...options, ...chunks[index]! });
      };
      for (const worker of taken) {
        let current = -1;
        const onError = (event: ErrorEvent) => {
          event.preventDefault();
          reject(new Error(`path worker stopped: ${event.message}`));
        };
        const onMessage = (event: MessageEvent<unknown>) => {
          const answer = PathPassAnswer.safeParse(event.data);
          if (!answer.success || answer.data.kind === 'failed') {
            const reason =
              answer.success && answer.data.kind === 'failed'
                ? answer.data.message
                : 'unreadable answer';
            reject(new Error(`path worker failed: ${reason}`));
            return;
          }
          const { kind: _kind, ...totals } = answer.data;
          parts[current] = totals;
          done += 1;
          onChunk(done, chunks.length);
          if (done === chunks.length) resolve();
          else give(worker, (index) => (current = index));
        };
        worker.addEventListener('error', onError);
        worker.addEventListener('message', onMessage);
        detachers.push(() => {
          worker.removeEventListener('error', onError);
          worker.removeEventListener('message', onMessage);
        });
        worker.postMessage({
          kind: 'setup',
          directed: adjacency.directed,
          order: adjacency.order,
          outOffsets: adjacency.outOffsets,
          outTargets: adjacency.outTargets,
          outWeights: adjacency.outWeights,
          inOffsets: adjacency.inOffsets,
          inSources: adjacency.inSources,
          inWeights: adjacency.inWeights,
        });
        give(worker, (index) => (current = index));
      }
      if (chunks.length === 0) resolve();
    });
    failed = false;
  } finally {
    // Every worker has answered its last range when the pass succeeds, so none is busy; after
    // a failure the others may still be running theirs, and are ended.
    for (const detach of detachers) detach();
    for (const worker of taken) {
      if (failed) {
        workers.discard(worker);
      } else {
        // A kept worker waits up to the keeper's idle time: not with a copy of the network.
        worker.postMessage({ kind: 'forget' });
        workers.keep(worker);
      }
    }
  }
  return mergePathTotals(parts, adjacency.order);
}
