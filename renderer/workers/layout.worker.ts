import { forceAtlasLayout } from '../../shared/map/force-atlas-layout.ts';
import { LayoutRequest, type LayoutResponse } from './layout-messages.ts';

/** The part of the worker's global scope this worker uses (the renderer's lib is DOM). */
interface WorkerScope {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope: WorkerScope = self;

function send(message: LayoutResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, { transfer });
}

/**
 * The map's force layout (ForceAtlas2) off the UI thread, so a large map stays responsive
 * while it is arranged. graphology's own FA2 worker loads from a blob: URL, which the CSP
 * forbids (DESIGN.md), so its synchronous version runs here. One job per worker: the page
 * terminates it to cancel.
 */
scope.addEventListener('message', (event) => {
  const parsed = LayoutRequest.safeParse(event.data);
  if (!parsed.success) {
    send({ kind: 'failed', id: -1, message: parsed.error.message });
    return;
  }
  const job = parsed.data;
  try {
    const positions = forceAtlasLayout(job, (done) => send({ kind: 'progress', id: job.id, done }));
    send({ kind: 'done', id: job.id, positions }, [positions.buffer]);
  } catch (error) {
    send({
      kind: 'failed',
      id: job.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
