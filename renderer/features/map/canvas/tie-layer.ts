import { countPlainTies, drawPlainTies, type TieCursor } from './draw-ties.ts';
import type { Frame } from './frame.ts';
import type { Scene } from './scene.ts';

/**
 * The plain ties drawn into a bitmap of their own, kept while nothing they depend on changes
 * (positions, filters, time marks, look, viewport, canvas size): a click that highlights an
 * actor dims this bitmap as a whole instead of stroking 100,000 ties again. Drawn over as many
 * frames as it takes, a slice per frame, so no frame is one long task.
 */
export interface TieLayer {
  canvas: HTMLCanvasElement;
  context: CanvasRenderingContext2D;
  /** What the bitmap shows (see layerKey); '' for nothing yet. */
  key: string;
  cursor: TieCursor;
  complete: boolean;
  /** Plain ties in view, counted when the layer was started. */
  count: number;
  /** Ties per slice, adapted so that a slice takes about SLICE_MS. */
  slice: number;
  /** Layer pixels per canvas pixel (1, or ½ for many ties). */
  resolution: number;
}

/**
 * Above this many ties in view the layer is drawn at half the canvas's resolution and scaled
 * up: zoomed out that far ties are a haze of hairlines, and half the pixels is about half the
 * rasterising time (the cost that remains at 100,000 ties; docs/performance.md "Map performance").
 */
const HALF_RESOLUTION_TIES = 20_000;

/**
 * Aim of one slice of tie drawing, rasterising included (ms). A slice can take twice its aim
 * when rasterising slows (another job on the machine): at 60 ms, one frame in five runs of the
 * 20,000-actor map passed 200 ms.
 */
const SLICE_MS = 45;
const SLICE_LIMITS = { min: 2000, max: 400_000 } as const;
/**
 * A new layer's first slice is at most this many ties, and a slice at most doubles the last:
 * the cost of a tie depends on its length on screen (the zoom), so a size learnt at another
 * zoom can be several times too big (a first slice of 20,000 ties at 100,000 took 190 ms under
 * load, and one of 10,000 in the first full frame of a 5,000-actor map 245 ms under load, with
 * the actors and labels). 5,000 then grows to what a slice of SLICE_MS allows.
 */
const FIRST_SLICE = 5000;

export function createTieLayer(): TieLayer {
  const canvas = document.createElement('canvas');
  // Read back after every slice (below): keep it in memory, not on the GPU.
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas');
  return {
    canvas,
    context,
    key: '',
    cursor: { bucket: 0, member: 0 },
    complete: false,
    count: 0,
    slice: FIRST_SLICE,
    resolution: 1,
  };
}

/** What the layer depends on: the scene's tie version, the look and the viewport. */
export function layerKey(frame: Frame, version: number, size: { width: number; height: number }) {
  const { zoom, pan } = frame.viewport;
  return `${version}|${frame.look.tie.widthScale}|${frame.look.tie.opacity}|${zoom}|${pan.x}|${pan.y}|${size.width}|${size.height}|${frame.dpr}`;
}

/**
 * Brings the layer to `key` (clearing it when the key changed) and draws one slice of ties
 * into it. Chromium records canvas commands and rasterises them later, in one go (at 100,000
 * ties that was one task of most of a second, when the layer was first composited): reading
 * a pixel back makes it rasterise the slice now, so each slice's whole cost falls in its own
 * frame, and the next slice is sized from it. Returns whether the layer is complete.
 * With `urgent` the layer is brought to `key` but no tie is drawn: the frame answers a click
 * at once and the ties follow in the next frames.
 */
export function advanceTieLayer(
  layer: TieLayer,
  scene: Scene,
  frame: Frame,
  key: string,
  size: { width: number; height: number },
  urgent = false,
): boolean {
  const { canvas, context } = layer;
  if (layer.key !== key) {
    layer.count = countPlainTies(scene, frame);
    layer.resolution = layer.count > HALF_RESOLUTION_TIES ? 0.5 : 1;
    const width = Math.max(1, Math.round(size.width * layer.resolution));
    const height = Math.max(1, Math.round(size.height * layer.resolution));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    } else {
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, canvas.width, canvas.height);
    }
    layer.key = key;
    layer.cursor = { bucket: 0, member: 0 };
    layer.complete = false;
    layer.slice = Math.min(layer.slice, FIRST_SLICE);
  }
  if (layer.complete) return true;
  if (urgent) return false;
  const { viewport } = frame;
  const dpr = frame.dpr * layer.resolution;
  context.setTransform(
    dpr * viewport.zoom,
    0,
    0,
    dpr * viewport.zoom,
    dpr * viewport.pan.x,
    dpr * viewport.pan.y,
  );
  const start = performance.now();
  layer.complete = drawPlainTies(context, scene, frame, layer.cursor, layer.slice);
  context.getImageData(0, 0, 1, 1);
  const spent = Math.max(performance.now() - start, 1);
  layer.slice = Math.round(
    Math.min(
      Math.max((layer.slice * SLICE_MS) / spent, SLICE_LIMITS.min),
      layer.slice * 2,
      SLICE_LIMITS.max,
    ),
  );
  return layer.complete;
}
