import { drawActors } from './draw-actors.ts';
import { drawLabels } from './draw-labels.ts';
import { drawTies } from './draw-ties.ts';
import type { Frame, FrameStats } from './frame.ts';
import type { Scene } from './scene.ts';

/**
 * A full frame: ties, then actors, in model space (one transform for the viewport and the
 * device pixel ratio), then labels in screen space.
 */
export function drawFrame(
  context: CanvasRenderingContext2D,
  scene: Scene,
  frame: Frame,
): FrameStats {
  const { dpr, viewport } = frame;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  context.setTransform(
    dpr * viewport.zoom,
    0,
    0,
    dpr * viewport.zoom,
    dpr * viewport.pan.x,
    dpr * viewport.pan.y,
  );
  const ties = drawTies(context, scene, frame);
  const actors = drawActors(context, scene, frame);
  context.setTransform(dpr, 0, 0, dpr, 0, 0);
  const labels = drawLabels(context, scene, frame);
  return { actors, ties, labels };
}
