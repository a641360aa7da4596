import type { Adjacency } from '../../shared/graph/adjacency.ts';
import { accumulatePathTotals } from '../../shared/graph/shortest-path-totals.ts';
import { PathPassRequest, type PathPassReply } from './path-pass-messages.ts';

/** The part of the worker's global scope this worker uses (the renderer's lib is DOM). */
interface WorkerScope {
  postMessage(message: unknown, options: { transfer: Transferable[] }): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

/**
 * A nested worker of the analysis worker: holds one copy of the network and runs the
 * shortest-path pass (the kernel in shared/graph) from each range of sources it is sent.
 */
function servePathPass(scope: WorkerScope): void {
  let adjacency: Adjacency | null = null;
  const send = (answer: PathPassReply): void => {
    const transfer =
      answer.kind === 'totals'
        ? [
            answer.betweenness.buffer,
            answer.incomingDistance.buffer,
            answer.reachedBy.buffer,
            answer.incomingReciprocal.buffer,
          ]
        : [];
    // The kernel makes fresh arrays for every range: handed over instead of copied.
    scope.postMessage(answer, { transfer });
  };
  scope.addEventListener('message', (event) => {
    const parsed = PathPassRequest.safeParse(event.data);
    if (!parsed.success) {
      send({ kind: 'failed', message: 'unreadable request' });
      return;
    }
    const request = parsed.data;
    if (request.kind === 'setup') {
      const { kind: _kind, ...arrays } = request;
      adjacency = { ...arrays, weighted: false, size: 0, ids: [], nonPositiveTie: null };
      return;
    }
    if (request.kind === 'forget') {
      adjacency = null;
      return;
    }
    if (adjacency === null) {
      send({ kind: 'failed', message: 'range before setup' });
      return;
    }
    try {
      const { kind: _kind, ...options } = request;
      send({ kind: 'totals', ...accumulatePathTotals(adjacency, options) });
    } catch (error) {
      send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
}

servePathPass(self);
