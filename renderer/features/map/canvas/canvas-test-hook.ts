import type { Position } from '../../../../shared/domain/view.ts';
import { toScreen, type Viewport } from '../../../../shared/map/viewport.ts';
import type { FrameStats } from './frame.ts';
import { ACTOR, type Scene } from './scene.ts';
import { actorShown, tieShown } from './scene-state.ts';

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

/** What the handle reads from a live canvas renderer (canvas-view.ts). */
interface HandleSource {
  canvas: HTMLCanvasElement;
  scene: () => Scene;
  viewport: () => Viewport;
  /** What the last full frame drew. */
  stats: () => FrameStats;
  positions: CanvasMapHandle['positions'];
  frames: CanvasMapHandle['frames'];
  fullFrames: CanvasMapHandle['fullFrames'];
}

/** The test handle of one canvas renderer: every reading is taken when it is asked for. */
export function canvasMapHandle(source: HandleSource): CanvasMapHandle {
  const { canvas, scene, viewport, stats } = source;
  return {
    renderer: 'tejido',
    counts: () => {
      const current = scene();
      let [shownActors, shownTies] = [0, 0];
      for (let a = 0; a < current.actorCount; a += 1) if (actorShown(current, a)) shownActors += 1;
      for (let t = 0; t < current.tieCount; t += 1) if (tieShown(current, t)) shownTies += 1;
      const drawn = stats();
      return {
        actors: current.actorCount,
        ties: current.tieCount,
        shownActors,
        shownTies,
        drawnActors: drawn.actors,
        drawnTies: drawn.ties,
        labels: drawn.labels,
      };
    },
    positions: source.positions,
    clientPosition: (id) => {
      const current = scene();
      const a = current.indexOf.get(id);
      if (a === undefined) return null;
      const rect = canvas.getBoundingClientRect();
      const at = toScreen(viewport(), { x: current.xs[a]!, y: current.ys[a]! });
      return { x: rect.left + at.x, y: rect.top + at.y };
    },
    highlighted: () => {
      const current = scene();
      return current.ids.filter((_, a) => (current.actorFlags[a]! & ACTOR.HIGHLIGHT) !== 0);
    },
    busiest: () => {
      const current = scene();
      let [best, most] = [-1, -1];
      for (let a = 0; a < current.actorCount; a += 1) {
        const degree = current.adjacencyStart[a + 1]! - current.adjacencyStart[a]!;
        if (degree > most) [best, most] = [a, degree];
      }
      return best >= 0 ? current.ids[best]! : null;
    },
    selected: () => {
      const current = scene();
      const a = current.actorFlags.findIndex((flags) => (flags & ACTOR.SELECTED) !== 0);
      return a >= 0 ? current.ids[a]! : null;
    },
    frames: source.frames,
    fullFrames: source.fullFrames,
    viewport: () => {
      const { zoom, pan } = viewport();
      return { zoom, pan: { ...pan } };
    },
  };
}
