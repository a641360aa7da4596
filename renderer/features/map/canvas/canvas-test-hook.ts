import type { Position } from '../../../../shared/domain/view.ts';
import type { Viewport } from '../../../../shared/map/viewport.ts';

/** A read-only look at Tejido's canvas renderer for end-to-end tests and the benchmark. */
export interface CanvasMapHandle {
  renderer: 'tejido';
  counts: () => {
    actors: number;
    ties: number;
    /** Not hidden by a filter nor absent at the date. */
    shownActors: number;
    shownTies: number;
    /** Drawn in the last full frame (shown and in view). */
    drawnActors: number;
    drawnTies: number;
    labels: number;
  };
  positions: () => Record<string, Position>;
  /** Where an actor is on the page (CSS pixels, for clicking), or null. */
  clientPosition: (id: string) => Position | null;
  highlighted: () => string[];
  /** The actor with the most ties (the benchmark highlights it). */
  busiest: () => string | null;
  selected: () => string | null;
  /** Frames drawn (full or cached) since the canvas was created. */
  frames: () => number;
  /**
   * Full frames drawn, the last one's duration in ms and its parts (tie layer, its
   * compositing, marked ties, actors, labels), and what the last complete tie layer cost.
   */
  fullFrames: () => { count: number; lastMs: number; parts: number[]; layerCost: number };
  viewport: () => Viewport;
}

declare global {
  interface Window {
    /** Tejido's canvas renderer, exposed only when end-to-end tests ask for it. */
    __tejidoMapView?: CanvasMapHandle | undefined;
    /** Every live canvas map, in creation order (before/after mode has two). */
    __tejidoMapViews?: CanvasMapHandle[] | undefined;
  }
}

/** Same flag as test-hook.ts: sessionStorage `tejido:test`, set by tests before the page loads. */
export function exposeCanvasForTests(handle: CanvasMapHandle): () => void {
  if (window.sessionStorage.getItem('tejido:test') !== '1') return () => {};
  window.__tejidoMapView = handle;
  window.__tejidoMapViews = [...(window.__tejidoMapViews ?? []), handle];
  return () => {
    window.__tejidoMapViews = (window.__tejidoMapViews ?? []).filter((live) => live !== handle);
    if (window.__tejidoMapView === handle)
      window.__tejidoMapView = window.__tejidoMapViews[window.__tejidoMapViews.length - 1];
  };
}
