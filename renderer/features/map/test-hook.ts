import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The map's Cytoscape instance, exposed only when end-to-end tests ask for it. */
    __tejidoMap?: Core | undefined;
  }
}

function testing(): boolean {
  return window.sessionStorage.getItem('tejido:test') === '1';
}

/** Tests set sessionStorage `tejido:test` before the page loads; users never do. */
export function exposeForTests(cy: Core | null): void {
  if (testing()) window.__tejidoMap = cy ?? undefined;
}

/**
 * The benchmark (scripts/bench-map.ts) compares the renderers at every size, so under the
 * test flag sessionStorage `tejido:renderer` can force one: `canvas` (Cytoscape's canvas),
 * `webgl` (Cytoscape's WebGL) or `tejido` (Tejido's own canvas); otherwise the size decides.
 */
export function rendererOverride(): 'canvas' | 'webgl' | 'tejido' | null {
  if (!testing()) return null;
  const forced = window.sessionStorage.getItem('tejido:renderer');
  return forced === 'canvas' || forced === 'webgl' || forced === 'tejido' ? forced : null;
}
