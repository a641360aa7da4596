import { drawActors } from './draw-actors.ts';
import { drawLabels } from './draw-labels.ts';
import { drawMarkedTies } from './draw-ties.ts';
import type { Frame, FrameStats } from './frame.ts';
import type { Scene } from './scene.ts';
import { advanceTieLayer, layerKey, type TieLayer } from './tie-layer.ts';

/**
 * A full frame: the plain ties' layer (advanced by one slice if unfinished; dimmed as a whole
 * when a selection is highlighted), the marked ties and the actors in model space (one
 * transform for the viewport and the device pixel ratio), then labels in screen space.
 * `complete` is false while the tie layer still has ties to draw: ask for another frame.
 * An `urgent` frame (answering a click) draws no slice of plain ties (see advanceTieLayer).
 */
export function drawFrame(
  context: CanvasRenderingContext2D,
  scene: Scene,
  frame: Frame,
  layer: TieLayer,
  tieVersion: number,
  urgent = false,
): FrameStats & { complete: boolean; tieMs: number; parts: number[] } {
  const { dpr, viewport, look } = frame;
  const start = performance.now();
  const size = { width: context.canvas.width, height: context.canvas.height };
  const complete = advanceTies(context, scene, frame, layer, tieVersion, urgent);
  const tieMs = performance.now() - start;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, size.width, size.height);
  context.globalAlpha = frame.dim ? look.dimmed.tie / look.tie.opacity : 1;
  context.drawImage(layer.canvas, 0, 0, size.width, size.height);
  context.globalAlpha = 1;
  context.setTransform(
    dpr * viewport.zoom,
    0,
    0,
    dpr * viewport.zoom,
    dpr * viewport.pan.x,
    dpr * viewport.pan.y,
  );
  const t1 = performance.now();
  const marked = drawMarkedTies(context, scene, frame);
  const t2 = performance.now();
  const actors = drawActors(context, scene, frame);
  const t3 = performance.now();
  context.setTransform(dpr, 0, 0, dpr, 0, 0);
  const labels = drawLabels(context, scene, frame);
  const parts = [tieMs, t1 - start - tieMs, t2 - t1, t3 - t2, performance.now() - t3];
  return { actors, ties: complete ? layer.count + marked : 0, labels, complete, tieMs, parts };
}

/**
 * One slice of the plain ties' layer and nothing else (see advanceTieLayer); whether the
 * layer is complete. Between full frames, when only the layer is behind, this is all a frame
 * does: redrawing 20,000 actors and their labels with every slice doubled the time the ties
 * took to appear.
 */
export function advanceTies(
  context: CanvasRenderingContext2D,
  scene: Scene,
  frame: Frame,
  layer: TieLayer,
  tieVersion: number,
  urgent = false,
): boolean {
  const size = { width: context.canvas.width, height: context.canvas.height };
  return advanceTieLayer(layer, scene, frame, layerKey(frame, tieVersion, size), size, urgent);
}
