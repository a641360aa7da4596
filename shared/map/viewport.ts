import type { Position } from '../domain/view.ts';

/**
 * The map's viewport as Cytoscape defines it: a model point p is drawn at
 * `pan + zoom × p` (CSS pixels from the canvas's top-left corner). Both renderers use it, so
 * saved views, linked before/after maps and keyboard shortcuts mean the same on either.
 */
export interface Viewport {
  zoom: number;
  pan: Position;
}

/** Zoom limits of the map (the same for Cytoscape and Tejido's canvas). */
export const ZOOM_LIMITS = { min: 0.02, max: 6 } as const;

export function clampZoom(zoom: number): number {
  return Math.min(Math.max(zoom, ZOOM_LIMITS.min), ZOOM_LIMITS.max);
}

export function toScreen(viewport: Viewport, model: Position): Position {
  return {
    x: viewport.pan.x + viewport.zoom * model.x,
    y: viewport.pan.y + viewport.zoom * model.y,
  };
}

export function toModel(viewport: Viewport, screen: Position): Position {
  return {
    x: (screen.x - viewport.pan.x) / viewport.zoom,
    y: (screen.y - viewport.pan.y) / viewport.zoom,
  };
}

/**
 * Zooms by `factor` (clamped to the limits) keeping the model point under the screen point
 * `at` where it is: zooming with the wheel around the pointer.
 */
export function zoomAround(viewport: Viewport, factor: number, at: Position): Viewport {
  const zoom = clampZoom(viewport.zoom * factor);
  const model = toModel(viewport, at);
  return { zoom, pan: { x: at.x - zoom * model.x, y: at.y - zoom * model.y } };
}

/** The viewport that puts model point `model` at the centre of a canvas of `size`. */
export function centreOn(
  model: Position,
  zoom: number,
  size: { width: number; height: number },
): Viewport {
  const z = clampZoom(zoom);
  return { zoom: z, pan: { x: size.width / 2 - z * model.x, y: size.height / 2 - z * model.y } };
}

/** The model-space rectangle a canvas of `size` shows, grown by `margin` model units. */
export function visibleBox(
  viewport: Viewport,
  size: { width: number; height: number },
  margin = 0,
): { left: number; top: number; right: number; bottom: number } {
  const topLeft = toModel(viewport, { x: 0, y: 0 });
  const bottomRight = toModel(viewport, { x: size.width, y: size.height });
  return {
    left: topLeft.x - margin,
    top: topLeft.y - margin,
    right: bottomRight.x + margin,
    bottom: bottomRight.y + margin,
  };
}

/**
 * The transform that draws a picture taken at `from` as it would look at `to` (scale, then
 * offset in CSS pixels): the cached bitmap shown during a pan or zoom.
 */
export function relativeTransform(
  from: Viewport,
  to: Viewport,
): { scale: number; x: number; y: number } {
  const scale = to.zoom / from.zoom;
  return { scale, x: to.pan.x - from.pan.x * scale, y: to.pan.y - from.pan.y * scale };
}
