import type { ForceInput } from '../../shared/map/force-atlas-layout.ts';
import { LayoutResponse } from './layout-messages.ts';

/**
 * Runs ForceAtlas2 in a fresh layout worker and resolves with x, y per actor (interleaved).
 * Vite bundles the worker from this exact `new Worker(new URL(…))` form; the page's CSP allows
 * it with `worker-src 'self'`. Aborting terminates the worker (the promise then never settles:
 * whoever aborted no longer wants the answer).
 */
export function forceLayoutInWorker(
  input: ForceInput,
  onProgress: (done: number) => void,
  signal: AbortSignal,
): Promise<Float64Array> {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  signal.addEventListener('abort', () => worker.terminate(), { once: true });
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = LayoutResponse.safeParse(event.data);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.kind === 'progress') onProgress(message.done);
      else {
        worker.terminate();
        if (message.kind === 'done') resolve(message.positions);
        else reject(new Error(`Layout worker failed: ${message.message}`));
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`Layout worker failed: ${event.message}`));
    });
    const start = input.start ?? null;
    worker.postMessage(
      { id: 1, count: input.count, sources: input.sources, targets: input.targets, start },
      [input.sources.buffer, input.targets.buffer, ...(start ? [start.buffer] : [])],
    );
  });
}
