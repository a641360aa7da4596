/**
 * A fresh worker for the Map screen's measures. Vite bundles the worker from this exact
 * `new Worker(new URL(…))` form; the page's CSP allows it with `worker-src 'self'`.
 */
export function createMapMeasuresWorker(): Worker {
  return new Worker(new URL('./map-measures.worker.ts', import.meta.url), { type: 'module' });
}
