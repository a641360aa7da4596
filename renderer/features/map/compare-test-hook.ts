import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The two maps of before/after mode, exposed only when end-to-end tests ask for them. */
    __tejidoCompare?: { before: Core | null; after: Core | null } | undefined;
  }
}

/** Same flag as test-hook.ts: sessionStorage `tejido:test`, set by tests before the page loads. */
export function exposeCompareForTests(side: 'before' | 'after', cy: Core | null): void {
  if (window.sessionStorage.getItem('tejido:test') !== '1') return;
  window.__tejidoCompare = { before: null, after: null, ...window.__tejidoCompare, [side]: cy };
}
