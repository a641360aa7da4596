/**
 * A fresh analysis worker. Vite bundles the worker from this exact `new Worker(new URL(…))`
 * form; the page's CSP allows it with `worker-src 'self'`.
 */
export function createAnalysisWorker(): Worker {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
}
