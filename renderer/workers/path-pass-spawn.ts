/**
 * A fresh nested worker for the shortest-path pass, started from inside the analysis worker.
 * Vite bundles it from this exact `new Worker(new URL(…))` form; the CSP's `worker-src 'self'`
 * allows it (the page's meta tag in Electron, the server's header in browser mode, which also
 * covers the analysis worker's own script).
 */
export function createPathPassWorker(): Worker {
  return new Worker(new URL('./path-pass.worker.ts', import.meta.url), { type: 'module' });
}
