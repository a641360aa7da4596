import { describe, expect, it } from 'vitest';
import {
  FCOSE_LIMIT,
  LARGE_MAP_ELEMENTS,
  LABEL_BUDGET,
  fitViewport,
  forceEngine,
  isLargeMap,
  quietLabels,
} from '../../../../shared/map/map-scale.ts';

describe('choices by map size', () => {
  it('lays small maps out with fcose and larger ones with ForceAtlas2 in the worker', () => {
    expect(forceEngine(72)).toBe('fcose');
    expect(forceEngine(FCOSE_LIMIT)).toBe('fcose');
    expect(forceEngine(FCOSE_LIMIT + 1)).toBe('forceAtlas2');
    expect(forceEngine(20_000)).toBe('forceAtlas2');
  });

  it('counts actors and ties together to call a map large', () => {
    expect(isLargeMap(72, 243)).toBe(false);
    expect(isLargeMap(1000, LARGE_MAP_ELEMENTS - 1000)).toBe(false);
    expect(isLargeMap(1000, LARGE_MAP_ELEMENTS - 999)).toBe(true);
    expect(isLargeMap(LARGE_MAP_ELEMENTS + 1, 0)).toBe(true);
  });

  it('keeps fewer labels in projector mode, where they are larger', () => {
    expect(LABEL_BUDGET.projector).toBeLessThan(LABEL_BUDGET.normal);
  });
});

describe('quietLabels', () => {
  const nodes = (sizes: number[]) => sizes.map((size, index) => ({ id: `n${index}`, size }));

  it('quiets nothing when every label fits the budget', () => {
    expect(quietLabels(nodes([16, 20, 64]), 3).size).toBe(0);
  });

  it('quiets all but the biggest actors', () => {
    const quiet = quietLabels(nodes([16, 64, 30, 18, 40]), 2);
    expect([...quiet].sort()).toEqual(['n0', 'n2', 'n3']);
  });

  it('keeps every label tied with the one at the cut, whatever the order', () => {
    const sizes = [20, 40, 20, 20, 16];
    const forward = quietLabels(nodes(sizes), 2);
    expect([...forward].sort()).toEqual(['n4']);
    const reversed = quietLabels(nodes(sizes).reverse(), 2);
    expect([...reversed].sort()).toEqual(['n4']);
  });
});

describe('fitViewport', () => {
  const options = { padding: 30, margin: 0, minZoom: 0.02, maxZoom: 6 };

  it('centres the positions and fits the tighter dimension', () => {
    const fitted = fitViewport(
      [
        { x: -100, y: -50 },
        { x: 100, y: 50 },
      ],
      { width: 460, height: 400 },
      options,
    )!;
    // 400 px of room across 200 units; 340 px down 100 units: width decides.
    expect(fitted.zoom).toBeCloseTo(2);
    // The centre of the positions (0, 0) lands in the middle of the canvas.
    expect(fitted.pan).toEqual({ x: 230, y: 200 });
  });

  it('leaves room for the nodes around the outermost positions', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 100, y: 100 },
    ];
    const tight = fitViewport(points, { width: 260, height: 260 }, options)!;
    const roomy = fitViewport(points, { width: 260, height: 260 }, { ...options, margin: 50 })!;
    expect(roomy.zoom).toBeLessThan(tight.zoom);
    expect(roomy.zoom).toBeCloseTo(1);
  });

  it('keeps the zoom within limits and answers null with nothing to fit', () => {
    const one = fitViewport([{ x: 5, y: 5 }], { width: 800, height: 600 }, options)!;
    expect(one.zoom).toBe(6);
    expect(one.pan).toEqual({ x: 400 - 30, y: 300 - 30 });
    expect(fitViewport([], { width: 800, height: 600 }, options)).toBeNull();
    expect(fitViewport([{ x: 0, y: 0 }], { width: 0, height: 600 }, options)).toBeNull();
  });
});
