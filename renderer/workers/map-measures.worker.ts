import { runMapMeasures } from './map-measures-job.ts';

/** The part of the worker's global scope this worker uses (the renderer's lib is DOM). */
interface WorkerScope {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope: WorkerScope = self;

/**
 * The Map screen's measures (all-pairs shortest paths among them) off the UI thread. Requests
 * are answered in order; the page terminates the worker to drop a request that went stale.
 */
scope.addEventListener('message', (event) => {
  const answer = runMapMeasures(event.data);
  if (answer.kind === 'failed') console.error('Tejido map measures worker:', answer.message);
  const transfer = answer.kind === 'measures' ? answer.columns.map((column) => column.buffer) : [];
  scope.postMessage(answer, { transfer });
});
