import { parentPort, workerData } from 'node:worker_threads';
import type { Adjacency } from '../../shared/graph/adjacency.ts';
import {
  accumulatePathTotals,
  type PathPassOptions,
} from '../../shared/graph/shortest-path-totals.ts';

/** What a path thread is started with: the adjacency's arrays (ids stay in the main thread). */
export type PathThreadSetup = Pick<
  Adjacency,
  | 'directed'
  | 'order'
  | 'outOffsets'
  | 'outTargets'
  | 'outWeights'
  | 'inOffsets'
  | 'inSources'
  | 'inWeights'
>;

/** One chunk of sources to run the pass from. */
export type PathThreadJob = PathPassOptions & { from: number; to: number };

/** The body of a path thread (see path-threads.ts): answers each job with its totals. */
if (parentPort) {
  const port = parentPort;
  const setup = workerData as PathThreadSetup;
  const adjacency: Adjacency = {
    ...setup,
    weighted: false,
    size: 0,
    ids: [],
    nonPositiveTie: null,
  };
  port.on('message', (job: PathThreadJob) => {
    const totals = accumulatePathTotals(adjacency, job);
    // Handed over, not copied: the thread makes fresh arrays for its next job.
    const columns = [
      totals.betweenness,
      totals.incomingDistance,
      totals.reachedBy,
      totals.incomingReciprocal,
    ];
    // The kernel allocates these with `new Float64Array(n)`: plain ArrayBuffers.
    port.postMessage(
      totals,
      columns.map((column) => column.buffer as ArrayBuffer),
    );
  });
  port.postMessage('ready');
}
