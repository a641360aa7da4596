import { createWorkerKeeper } from './worker-keeper.ts';

/**
 * A fresh worker for the Over time screen. Vite bundles the worker from this exact
 * `new Worker(new URL(…))` form; the page's CSP allows it with `worker-src 'self'`.
 */
function createSeriesWorker(): Worker {
  return new Worker(new URL('./series.worker.ts', import.meta.url), { type: 'module' });
}

/** The Over time screen's workers: one kept between jobs, let go after five idle minutes. */
export const seriesWorkers = createWorkerKeeper(createSeriesWorker, {
  keep: 1,
  idleMs: 5 * 60_000,
});
