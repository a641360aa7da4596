import { describe, expect, it } from 'vitest';
import {
  forceAtlasLayout,
  forceIterations,
  scaleToSpread,
} from '../../../../shared/map/force-atlas-layout.ts';
import { sunflowerRadius } from '../../../../shared/map/layouts.ts';

/** Two cliques of five (0–4 and 5–9) joined by one tie, 4–5. */
function twoCliques() {
  const sources: number[] = [];
  const targets: number[] = [];
  for (const base of [0, 5])
    for (let a = base; a < base + 5; a += 1)
      for (let b = a + 1; b < base + 5; b += 1) {
        sources.push(a);
        targets.push(b);
      }
  sources.push(4);
  targets.push(5);
  return { count: 10, sources: Int32Array.from(sources), targets: Int32Array.from(targets) };
}

const at = (positions: Float64Array, index: number) => ({
  x: positions[index * 2]!,
  y: positions[index * 2 + 1]!,
});
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('forceAtlasLayout', () => {
  it('gives the same positions for the same network', () => {
    const first = forceAtlasLayout(twoCliques());
    const second = forceAtlasLayout(twoCliques());
    expect([...second]).toEqual([...first]);
    expect(first.every(Number.isFinite)).toBe(true);
  });

  it('keeps each clique together, apart from the other', () => {
    const positions = forceAtlasLayout(twoCliques());
    const mean = (from: number) => {
      const points = [0, 1, 2, 3, 4].map((offset) => at(positions, from + offset));
      return {
        x: points.reduce((sum, p) => sum + p.x, 0) / 5,
        y: points.reduce((sum, p) => sum + p.y, 0) / 5,
      };
    };
    const [left, right] = [mean(0), mean(5)];
    for (let index = 0; index < 5; index += 1) {
      expect(distance(at(positions, index), left)).toBeLessThan(
        distance(at(positions, index), right),
      );
      expect(distance(at(positions, index + 5), right)).toBeLessThan(
        distance(at(positions, index + 5), left),
      );
    }
  });

  it('spreads the actors as densely as the grouped layouts', () => {
    const positions = forceAtlasLayout(twoCliques());
    const reach = [...Array(10).keys()]
      .map((index) => distance(at(positions, index), { x: 0, y: 0 }))
      .sort((a, b) => a - b);
    // Centred on the centroid, 90% of the actors within the sunflower radius for ten.
    expect(reach[8]).toBeCloseTo(sunflowerRadius(10), 6);
  });

  it('reports progress in steps up to 1', () => {
    const reports: number[] = [];
    forceAtlasLayout(twoCliques(), (done) => reports.push(done));
    expect(reports.length).toBeGreaterThan(1);
    expect(reports).toEqual([...reports].sort((a, b) => a - b));
    expect(reports.at(-1)).toBe(1);
  });

  it('continues from given start positions', () => {
    const network = twoCliques();
    const start = forceAtlasLayout(network);
    const fresh = forceAtlasLayout(network);
    const continued = forceAtlasLayout({ ...network, start });
    expect([...continued]).not.toEqual([...fresh]);
  });

  it('runs fewer iterations on bigger maps', () => {
    expect(forceIterations(100)).toBeGreaterThan(forceIterations(3000));
    expect(forceIterations(3000)).toBeGreaterThan(forceIterations(20_000));
  });
});

describe('scaleToSpread', () => {
  it('leaves a single actor, or actors all at one spot, as they are', () => {
    expect([...scaleToSpread(Float64Array.from([5, 6]))]).toEqual([5, 6]);
    expect([...scaleToSpread(Float64Array.from([1, 1, 1, 1]))]).toEqual([1, 1, 1, 1]);
  });

  it('centres the picture and scales every coordinate by the same factor', () => {
    // Two actors 2 apart around (10, 0): each ends up the sunflower radius for two away.
    const scaled = scaleToSpread(Float64Array.from([9, 0, 11, 0]));
    const radius = sunflowerRadius(2);
    expect(scaled[0]).toBeCloseTo(-radius, 9);
    expect(scaled[2]).toBeCloseTo(radius, 9);
    expect(scaled[1]).toBeCloseTo(0, 9);
    expect(scaled[3]).toBeCloseTo(0, 9);
  });
});
