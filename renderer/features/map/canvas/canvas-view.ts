import type { Position } from '../../../../shared/domain/view.ts';
import type { HitGrid } from '../../../../shared/map/hit-grid.ts';
import { mapLook, type MapLook } from '../../../../shared/map/map-look.ts';
import { fitViewport } from '../../../../shared/map/map-scale.ts';
import { NODE_SIZE } from '../../../../shared/map/size-scale.ts';
import {
  centreOn,
  relativeTransform,
  toModel,
  visibleBox,
  zoomAround,
  ZOOM_LIMITS,
  type Viewport,
} from '../../../../shared/map/viewport.ts';
import type { MapSelection } from '../cy-elements.ts';
import type { MapStyle, MapView, MapViewEvents } from '../map-view.ts';
import { canvasMapHandle, exposeCanvasForTests } from './canvas-test-hook.ts';
import { advanceTies, drawFrame } from './draw-frame.ts';
import { createTieLayer } from './tie-layer.ts';
import type { FrameStats } from './frame.ts';
import { bindGestures } from './gestures.ts';
import { actorUnder, buildActorGrid, tieNear } from './hit-test.ts';
import type { EdgeLook } from '../../../../shared/map/map-elements.ts';
import { ACTOR, buildScene, sceneActors, sceneTies, type Scene } from './scene.ts';
import {
  actorShown,
  markAll,
  markQuietLabels,
  markSelection,
  markTime,
  markVisibility,
  sameSelection,
  type Marks,
} from './scene-state.ts';

/**
 * Above this many milliseconds a full frame is too slow to follow a pan or zoom: the gesture
 * then moves a bitmap of the last frame, and the map is drawn afresh when the gesture ends.
 */
const FAST_FRAME_MS = 12;
/** After a slow map's gesture, the moved picture stays this long before the full redraw (ms). */
const SETTLE_MS = 200;
/** A first drawing with this many ties builds them a task after its actors (see setElements). */
const DEFER_TIES_FROM = 10_000;
const NO_EDGES: readonly EdgeLook[] = [];

/**
 * MapView drawn by Tejido's own Canvas 2D renderer, for large maps: scene in typed arrays,
 * ties batched by style, actors by colour and shape, redraws coalesced into one per animation
 * frame, a bitmap moved during slow gestures. See docs/performance.md "Map performance".
 */
export function createCanvasView(
  container: HTMLElement,
  style: MapStyle,
  events: () => MapViewEvents,
): MapView {
  const canvas = document.createElement('canvas');
  canvas.className = 'map-canvas__surface';
  canvas.style.cssText = 'position:absolute;left:0;top:0;touch-action:none';
  container.append(canvas);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  const cache = document.createElement('canvas');
  const tieLayer = createTieLayer();
  /** Bumped whenever what the plain ties look like changes (see tie-layer.ts). */
  let tieVersion = 0;
  let scene: Scene = buildScene([], [], () => ({ x: 0, y: 0 }), null);
  let look: MapLook = mapLook(style);
  let quietBit: number = style.projector ? ACTOR.QUIET_PROJECTOR : ACTOR.QUIET;
  let viewport: Viewport = { zoom: 1, pan: { x: 0, y: 0 } };
  /** The container's size (CSS pixels): what is seen, framed and zoomed around. */
  let size = { width: 0, height: 0 };
  /** The canvas's size (CSS pixels): at least `size`, see resize. */
  let area = { width: 0, height: 0 };
  let dpr = 1;
  let dim = false;
  let grid: HitGrid | null = null;
  const marks: Marks = { visibility: null, quiet: null, time: null, selection: null };
  const listeners = new Set<() => void>();
  let frameRequest = 0;
  let gesture = false;
  let settleTimer = 0;
  let cached: Viewport | null = null;
  let frames = 0;
  let fullFrames = 0;
  let lastFullMs = 0;
  /** Time the last complete tie layer took to draw, over all its frames (ms). */
  let layerCost = 0;
  let layerWork = 0;
  let lastParts: number[] = [];
  let stats: FrameStats = { actors: 0, ties: 0, labels: 0 };
  let isDestroyed = false;
  /**
   * The next frame answers a selection: it shows the highlight without drawing a slice of the
   * ties' layer (up to ~100 ms when a pan or zoom just ended); the ties follow.
   */
  let urgent = false;
  /**
   * A first drawing's positions are provisional (a ring) until its layout sets them: the ties
   * wait for that, instead of being drawn once for nothing (0.1–0.3 s at 5,000 actors).
   */
  let tiesHeld = false;
  /** A first drawing's ties until they are built (settleTies). */
  let pendingEdges: readonly EdgeLook[] | null = null;
  let tiesTimer = 0;
  /** The picture on screen is out of date in more than its ties' layer (see draw). */
  let stale = true;

  const draw = () => {
    frameRequest = 0;
    if (isDestroyed) return;
    frames += 1;
    if (gesture && cached) {
      const { scale, x, y } = relativeTransform(cached, viewport);
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.setTransform(scale, 0, 0, scale, x * dpr, y * dpr);
      context.drawImage(cache, 0, 0);
      return;
    }
    const start = performance.now();
    const frame = {
      viewport,
      width: area.width,
      height: area.height,
      dpr,
      look,
      dim,
      quietBit,
      box: visibleBox(viewport, area, NODE_SIZE.max),
    };
    if (!stale && !advanceTies(context, scene, frame, tieLayer, tieVersion)) {
      // Only the ties' layer is behind: the picture on screen stays until it is complete.
      layerWork += performance.now() - start;
      request();
      return;
    }
    stale = false;
    const drawn = drawFrame(context, scene, frame, tieLayer, tieVersion, urgent || tiesHeld);
    urgent = false;
    lastFullMs = performance.now() - start;
    fullFrames += 1;
    layerWork += drawn.tieMs;
    lastParts = drawn.parts;
    if (drawn.complete && drawn.tieMs > 1) layerCost = layerWork;
    if (drawn.complete) layerWork = 0;
    // Until the ties are all drawn, the frame is not final: neither counted nor the last.
    if (drawn.complete) stats = drawn;
    else if (!tiesHeld) request();
  };
  const request = () => {
    if (frameRequest === 0 && !isDestroyed) frameRequest = requestAnimationFrame(draw);
  };
  /** Something besides the ties' layer changed: the next frame is drawn in full. */
  const redraw = () => {
    stale = true;
    request();
  };
  const changed = () => {
    grid = null;
    tieVersion += 1;
    redraw();
  };
  const setViewport = (next: Viewport) => {
    viewport = { zoom: next.zoom, pan: { ...next.pan } };
    redraw();
    for (const listener of listeners) listener();
  };
  const setGesture = (active: boolean) => {
    window.clearTimeout(settleTimer);
    if (!active) {
      // Draw afresh only once the hand has rested: a drag followed by a wheel turn keeps
      // moving the picture instead of starting to redraw 100,000 ties in between.
      settleTimer = window.setTimeout(
        () => {
          gesture = false;
          cached = null;
          redraw();
        },
        cached ? SETTLE_MS : 0,
      );
      return;
    }
    if (gesture && cached) return;
    gesture = true;
    cached = null;
    const slow = Math.max(lastFullMs, layerCost) > FAST_FRAME_MS;
    if (slow && canvas.width > 0 && canvas.height > 0) {
      // Snapshot the last full frame; the gesture moves it until the map is drawn again.
      cache.width = canvas.width;
      cache.height = canvas.height;
      const copy = cache.getContext('2d');
      copy?.drawImage(canvas, 0, 0);
      cached = copy ? { zoom: viewport.zoom, pan: { ...viewport.pan } } : null;
    }
    redraw();
  };

  const settleTies = () => {
    window.clearTimeout(tiesTimer);
    if (!pendingEdges) return;
    scene = { ...scene, ...sceneTies(scene, pendingEdges, null) };
    pendingEdges = null;
    applyMarks();
    changed();
  };
  const hitGrid = () => (grid ??= buildActorGrid(scene));
  const resize = () => {
    const width = container.clientWidth;
    const height = container.clientHeight;
    const ratio = window.devicePixelRatio || 1;
    if (width === size.width && height === size.height && ratio === dpr) return;
    size = { width, height };
    // The canvas only grows: when the actor panel opens and narrows the map, the container
    // hides the canvas's right-hand part instead of the canvas shrinking, so the ties' layer
    // (seconds of drawing on a 100,000-tie map) stays valid and a click highlights at once.
    const next =
      ratio === dpr
        ? { width: Math.max(area.width, width), height: Math.max(area.height, height) }
        : { width, height };
    dpr = ratio;
    if (next.width === area.width && next.height === area.height && canvas.width > 1) return;
    area = next;
    canvas.width = Math.max(1, Math.round(area.width * dpr));
    canvas.height = Math.max(1, Math.round(area.height * dpr));
    canvas.style.width = `${area.width}px`;
    canvas.style.height = `${area.height}px`;
    redraw();
  };
  const applyMarks = () => (dim = markAll(scene, marks));

  const unbind = bindGestures(canvas, {
    actorAt: (at) => actorUnder(scene, hitGrid(), viewport, at),
    panBy: (dx, dy) =>
      setViewport({ zoom: viewport.zoom, pan: { x: viewport.pan.x + dx, y: viewport.pan.y + dy } }),
    zoomAt: (factor, at) => setViewport(zoomAround(viewport, factor, at)),
    moveActor: (actor, at) => {
      const model = toModel(viewport, at);
      scene.xs[actor] = model.x;
      scene.ys[actor] = model.y;
      changed();
    },
    dropActor: (actor) =>
      events().onDragged(scene.ids[actor]!, { x: scene.xs[actor]!, y: scene.ys[actor]! }),
    tap: (at) => {
      const actor = actorUnder(scene, hitGrid(), viewport, at);
      const tie = actor >= 0 ? -1 : tieNear(scene, viewport, at);
      const selection: MapSelection =
        actor >= 0
          ? { kind: 'actor', id: scene.ids[actor]! }
          : tie >= 0
            ? { kind: 'tie', id: scene.tieIds[tie]! }
            : null;
      // The highlight is painted first; the screen (the actor's panel, a React render of
      // about 0.1 s on a large map) follows in a task after that frame, so a click shows
      // its answer at once. The screen then confirms the same selection.
      marks.selection = selection;
      dim = markSelection(scene, selection);
      urgent = true;
      // A tap ends a pan or zoom still settling: draw the map now, not the moved picture.
      window.clearTimeout(settleTimer);
      gesture = false;
      cached = null;
      redraw();
      requestAnimationFrame(() => window.setTimeout(() => events().onSelect(selection), 0));
    },
    gesture: setGesture,
  });
  const observer = new ResizeObserver(resize);
  observer.observe(container);
  resize();

  const handle = canvasMapHandle({
    canvas,
    scene: () => scene,
    viewport: () => viewport,
    stats: () => stats,
    positions: () => Object.fromEntries(view.positions()),
    frames: () => frames,
    fullFrames: () => ({ count: fullFrames, lastMs: lastFullMs, parts: lastParts, layerCost }),
  });
  const unexpose = exposeCanvasForTests(handle);

  const view: MapView = {
    renderer: 'tejido',
    setElements: (nodes, edges, positionOf, options = {}) => {
      tiesHeld = options.layoutFollows === true;
      // A first drawing's ties wait for the layout anyway: built a task after the actors (both
      // at once: over 200 ms at 100,000 ties). Whatever reads ties before builds them first.
      const defer = tiesHeld && edges.length >= DEFER_TIES_FROM;
      const actors = sceneActors(nodes, positionOf, scene);
      scene = { ...actors, ...sceneTies(actors, defer ? NO_EDGES : edges, scene) };
      window.clearTimeout(tiesTimer);
      pendingEdges = defer ? edges : null;
      if (defer) tiesTimer = window.setTimeout(settleTies);
      applyMarks();
      changed();
    },
    setStyle: (next) => {
      look = mapLook(next);
      quietBit = next.projector ? ACTOR.QUIET_PROJECTOR : ACTOR.QUIET;
      redraw();
    },
    setVisibility: (actorIds, tieIds) => {
      marks.visibility = { actorIds, tieIds };
      markVisibility(scene, actorIds, tieIds);
      changed();
    },
    setQuietLabels: (normal, projector) => {
      marks.quiet = { normal, projector };
      markQuietLabels(scene, normal, projector);
      redraw();
    },
    setTimeClasses: (classes) => {
      marks.time = classes;
      markTime(scene, classes);
      changed();
    },
    highlight: (selection) => {
      if (!sameSelection(selection, marks.selection)) urgent = true;
      marks.selection = selection;
      dim = markSelection(scene, selection);
      redraw();
    },
    actorIds: () => [...scene.ids],
    ties: () => {
      settleTies();
      return Array.from(scene.sources, (s, t) => ({
        source: scene.ids[s]!,
        target: scene.ids[scene.targets[t]!]!,
      }));
    },
    tieEnds: () => {
      settleTies();
      return { sources: scene.sources, targets: scene.targets };
    },
    positions: () => {
      const positions = new Map<string, Position>();
      scene.ids.forEach((id, a) => positions.set(id, { x: scene.xs[a]!, y: scene.ys[a]! }));
      return positions;
    },
    setPositions: (positions) => {
      settleTies();
      tiesHeld = false;
      scene.ids.forEach((id, a) => {
        const position = positions.get(id);
        if (!position) return;
        scene.xs[a] = position.x;
        scene.ys[a] = position.y;
      });
      changed();
    },
    size: () => ({ ...size }),
    viewport: () => ({ zoom: viewport.zoom, pan: { ...viewport.pan } }),
    setViewport,
    onViewport: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fit: (options = {}) => {
      resize();
      const shown: Position[] = [];
      for (let a = 0; a < scene.actorCount; a += 1)
        if (actorShown(scene, a)) shown.push({ x: scene.xs[a]!, y: scene.ys[a]! });
      const fitted = fitViewport(shown, size, {
        padding: options.padding ?? 30,
        margin: NODE_SIZE.max / 2 + 20,
        minZoom: ZOOM_LIMITS.min,
        maxZoom: Math.min(options.maxZoom ?? ZOOM_LIMITS.max, ZOOM_LIMITS.max),
      });
      if (fitted) setViewport(fitted);
    },
    zoomBy: (factor) =>
      setViewport(zoomAround(viewport, factor, { x: size.width / 2, y: size.height / 2 })),
    panBy: (dx, dy) =>
      setViewport({ zoom: viewport.zoom, pan: { x: viewport.pan.x + dx, y: viewport.pan.y + dy } }),
    centerOn: (id, minZoom = 0) => {
      const a = scene.indexOf.get(id);
      if (a === undefined) return false;
      const at = { x: scene.xs[a]!, y: scene.ys[a]! };
      setViewport(centreOn(at, Math.max(viewport.zoom, minZoom), size));
      return true;
    },
    resize,
    destroyed: () => isDestroyed,
    destroy: () => {
      isDestroyed = true;
      window.clearTimeout(settleTimer);
      window.clearTimeout(tiesTimer);
      if (frameRequest) cancelAnimationFrame(frameRequest);
      unbind();
      observer.disconnect();
      listeners.clear();
      unexpose();
      canvas.remove();
    },
    cytoscape: () => null,
  };
  return view;
}
