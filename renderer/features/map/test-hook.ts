import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The map's Cytoscape instance, exposed only when end-to-end tests ask for it. */
    __tejidoMap?: Core | undefined;
  }
}

/** Tests set sessionStorage `tejido:test` before the page loads; users never do. */
export function exposeForTests(cy: Core | null): void {
  if (window.sessionStorage.getItem('tejido:test') !== '1') return;
  window.__tejidoMap = cy ?? undefined;
}
