import { describe, expect, it } from 'vitest';
import { actorAt, buildHitGrid, segmentDistance } from '../../../../shared/map/hit-grid.ts';

function discsOf(items: { x: number; y: number; r: number }[]) {
  return {
    xs: Float64Array.from(items.map((item) => item.x)),
    ys: Float64Array.from(items.map((item) => item.y)),
    radii: Float32Array.from(items.map((item) => item.r)),
    count: items.length,
  };
}

describe('the hit grid', () => {
  const discs = discsOf([
    { x: 0, y: 0, r: 10 },
    { x: 15, y: 0, r: 10 },
    { x: 500, y: 300, r: 30 },
    { x: -400, y: 900, r: 8 },
  ]);
  const grid = buildHitGrid(discs, () => true);

  it('finds the actor under a point, the nearest centre where discs overlap', () => {
    expect(actorAt(grid, discs, 2, 1)).toBe(0);
    expect(actorAt(grid, discs, 9, 0)).toBe(1);
    expect(actorAt(grid, discs, 520, 310)).toBe(2);
    expect(actorAt(grid, discs, -400, 905)).toBe(3);
  });

  it('finds nothing on empty space or outside the grid', () => {
    expect(actorAt(grid, discs, 200, 200)).toBe(-1);
    expect(actorAt(grid, discs, 5000, 5000)).toBe(-1);
    expect(actorAt(grid, discs, -412, 900)).toBe(-1);
    expect(actorAt(grid, discs, -412, 900, 5)).toBe(3);
  });

  it('prefers the preferred actor (drawn on top) where discs overlap', () => {
    expect(actorAt(grid, discs, 9, 0, 0, (i) => i === 0)).toBe(0);
  });

  it('leaves out excluded actors (hidden by a filter)', () => {
    const without = buildHitGrid(discs, (i) => i !== 1);
    expect(actorAt(without, discs, 9.5, 0)).toBe(0);
    expect(actorAt(grid, discs, 9.5, 0)).toBe(1);
    expect(actorAt(without, discs, 22, 0)).toBe(-1);
  });

  it('agrees with a brute-force search on many random discs', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const many = discsOf(
      Array.from({ length: 2000 }, () => ({
        x: random() * 4000,
        y: random() * 3000,
        r: 8 + random() * 24,
      })),
    );
    const manyGrid = buildHitGrid(many, () => true);
    for (let probe = 0; probe < 300; probe += 1) {
      const [x, y] = [random() * 4000, random() * 3000];
      let best = -1;
      let bestDistance = Infinity;
      for (let i = 0; i < many.count; i += 1) {
        const d = Math.hypot(many.xs[i]! - x, many.ys[i]! - y);
        if (d <= many.radii[i]! && d < bestDistance) [best, bestDistance] = [i, d];
      }
      expect(actorAt(manyGrid, many, x, y)).toBe(best);
    }
  });

  it('measures the distance from a point to a segment', () => {
    expect(segmentDistance(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(segmentDistance(-4, 3, 0, 0, 10, 0)).toBe(5);
    expect(segmentDistance(1, 1, 0, 0, 0, 0)).toBeCloseTo(Math.SQRT2);
  });
});
