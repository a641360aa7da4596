/**
 * A fresh worker for the Over time screen. Vite bundles the worker from this exact
 * `new Worker(new URL(…))` form; the page's CSP allows it with `worker-src 'self'`.
 */
export function createSeriesWorker(): Worker {
  return new Worker(new URL('./series.worker.ts', import.meta.url), { type: 'module' });
}
