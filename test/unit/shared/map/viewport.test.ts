import { describe, expect, it } from 'vitest';
import {
  centreOn,
  clampZoom,
  relativeTransform,
  toModel,
  toScreen,
  visibleBox,
  zoomAround,
  ZOOM_LIMITS,
} from '../../../../shared/map/viewport.ts';

describe('the map viewport', () => {
  const viewport = { zoom: 2, pan: { x: 100, y: -50 } };

  it('maps model to screen and back (Cytoscape’s definition: pan + zoom × p)', () => {
    expect(toScreen(viewport, { x: 10, y: 20 })).toEqual({ x: 120, y: -10 });
    expect(toModel(viewport, { x: 120, y: -10 })).toEqual({ x: 10, y: 20 });
  });

  it('zooms around a point, which stays where it is on screen', () => {
    const at = { x: 300, y: 200 };
    const under = toModel(viewport, at);
    const zoomed = zoomAround(viewport, 1.5, at);
    expect(zoomed.zoom).toBe(3);
    const after = toScreen(zoomed, under);
    expect(after.x).toBeCloseTo(at.x);
    expect(after.y).toBeCloseTo(at.y);
  });

  it('keeps the zoom within the limits', () => {
    expect(clampZoom(100)).toBe(ZOOM_LIMITS.max);
    expect(clampZoom(0)).toBe(ZOOM_LIMITS.min);
    expect(zoomAround(viewport, 1000, { x: 0, y: 0 }).zoom).toBe(ZOOM_LIMITS.max);
  });

  it('centres a model point in the canvas', () => {
    const centred = centreOn({ x: 50, y: 80 }, 2, { width: 800, height: 600 });
    expect(toScreen(centred, { x: 50, y: 80 })).toEqual({ x: 400, y: 300 });
  });

  it('knows the model rectangle in view, grown by a margin', () => {
    expect(visibleBox(viewport, { width: 400, height: 200 }, 5)).toEqual({
      left: -55,
      top: 20,
      right: 155,
      bottom: 130,
    });
  });

  it('moves a picture taken at one viewport to where another viewport draws it', () => {
    const to = zoomAround({ zoom: 2, pan: { x: 100, y: -50 } }, 1.25, { x: 40, y: 70 });
    const { scale, x, y } = relativeTransform(viewport, to);
    // A pixel drawn at screen point s under `viewport` belongs at scale × s + offset under `to`.
    const model = { x: 33, y: -12 };
    const before = toScreen(viewport, model);
    const after = toScreen(to, model);
    expect(scale * before.x + x).toBeCloseTo(after.x);
    expect(scale * before.y + y).toBeCloseTo(after.y);
  });
});
