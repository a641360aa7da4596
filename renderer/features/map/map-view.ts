import type { Core } from 'cytoscape';
import type { Position } from '../../../shared/domain/view.ts';
import type { EdgeLook, NodeLook } from '../../../shared/map/map-elements.ts';
import type { StyleRule } from '../../../shared/map/map-stylesheet.ts';
import type { Viewport } from '../../../shared/map/viewport.ts';
import type { MapSelection } from './cy-elements.ts';

/** What the time slider and before/after mode mark on the map (see useTimeClasses). */
export interface TimeClasses {
  /** Not present at the date: invisible, still laid out. */
  absentActors: ReadonlySet<string>;
  absentTies: ReadonlySet<string>;
  /** Absent ends of a fading tie: fade with it. */
  leftActors: ReadonlySet<string>;
  joinedActors: ReadonlySet<string>;
  newTies: ReadonlySet<string>;
  endedTies: ReadonlySet<string>;
  /** 'tie-ended' fades them out (slider); 'tie-ending' shows them dashed (before/after). */
  endedClass: 'tie-ended' | 'tie-ending';
}

/** The look a renderer is given: Cytoscape reads the rules, Tejido's canvas the options. */
export interface MapStyle {
  rules: StyleRule[];
  projector: boolean;
  labels: 'auto' | 'all' | 'none';
}

export interface MapViewEvents {
  onSelect: (selection: MapSelection) => void;
  onDragged: (id: string, position: Position) => void;
}

export interface FitOptions {
  /** CSS pixels left free around the map (default 30). */
  padding?: number;
  /** Never zoom in beyond this when fitting (a small map stays small). */
  maxZoom?: number;
  /** Frame labels too (Cytoscape measures them: only for small maps). */
  labels?: boolean;
}

/**
 * The map as the screen sees it, whichever renderer draws it: Cytoscape for small maps
 * (cytoscape-view.ts), Tejido's batched canvas for large ones (canvas/canvas-view.ts). The
 * screen, its hooks and the layouts talk to this only, so a feature cannot exist on one
 * renderer and not the other.
 */
export interface MapView {
  readonly renderer: 'cytoscape' | 'tejido';
  /**
   * Elements to draw; known actors keep their position, new ones go to `positionOf`. With
   * `layoutFollows` (a first drawing) those positions are provisional: a renderer may wait for
   * setPositions before drawing the ties.
   */
  setElements(
    nodes: readonly NodeLook[],
    edges: readonly EdgeLook[],
    positionOf: (id: string) => Position,
    options?: { layoutFollows?: boolean },
  ): void;
  setStyle(style: MapStyle): void;
  /** What the filters show (the rest is hidden, keeping its position). */
  setVisibility(actorIds: ReadonlySet<string>, tieIds: ReadonlySet<string>): void;
  /** Actors whose labels stay quiet, in the normal and the projector look. */
  setQuietLabels(normal: ReadonlySet<string>, projector: ReadonlySet<string>): void;
  setTimeClasses(classes: TimeClasses): void;
  /** Highlights the selection and its neighbours and dims the rest; null clears. */
  highlight(selection: MapSelection): void;
  actorIds(): string[];
  ties(): { source: string; target: string }[];
  /** The ties' ends as positions in actorIds(), for the layout worker. */
  tieEnds(): { sources: Int32Array; targets: Int32Array };
  positions(): Map<string, Position>;
  /** Moves actors (unknown ids ignored) in one go. */
  setPositions(positions: ReadonlyMap<string, Position>): void;
  size(): { width: number; height: number };
  viewport(): Viewport;
  setViewport(viewport: Viewport): void;
  /** Called on every pan or zoom; returns the unsubscribe. */
  onViewport(listener: () => void): () => void;
  fit(options?: FitOptions): void;
  /** Zooms around the centre of the canvas. */
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  /** Centres the actor, zoomed in to at least `minZoom`; false when it is not on the map. */
  centerOn(id: string, minZoom?: number): boolean;
  /** The canvas follows its container's size. */
  resize(): void;
  destroyed(): boolean;
  destroy(): void;
  /** Cytoscape's fcose layout (small maps only). */
  fcose?: (fresh: boolean) => Promise<Map<string, Position>>;
  /** The Cytoscape instance for end-to-end tests' hooks; null on the canvas renderer. */
  cytoscape(): Core | null;
}
