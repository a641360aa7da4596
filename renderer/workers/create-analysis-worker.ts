import { createWorkerKeeper } from './worker-keeper.ts';

/**
 * A fresh analysis worker. Vite bundles the worker from this exact `new Worker(new URL(…))`
 * form; the page's CSP allows it with `worker-src 'self'`.
 */
function createAnalysisWorker(): Worker {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The page's analysis workers: one kept between jobs (Measures and the without-actor panel
 * take turns), let go after five idle minutes.
 */
export const analysisWorkers = createWorkerKeeper(createAnalysisWorker, {
  keep: 1,
  idleMs: 5 * 60_000,
});
