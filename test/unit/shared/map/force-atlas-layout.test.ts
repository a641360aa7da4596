import { describe, expect, it } from 'vitest';
import {
  TARGET_TIE_LENGTH,
  forceAtlasLayout,
  forceIterations,
  scaleToTieLength,
} from '../../../../shared/map/force-atlas-layout.ts';

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

  it('scales the picture so the median tie has the target length', () => {
    const network = twoCliques();
    const positions = forceAtlasLayout(network);
    const lengths = [...network.sources]
      .map((source, tie) => distance(at(positions, source), at(positions, network.targets[tie]!)))
      .sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeCloseTo(TARGET_TIE_LENGTH, 6);
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

describe('scaleToTieLength', () => {
  it('leaves a map without ties as it is', () => {
    const positions = Float64Array.from([1, 2, 3, 4]);
    const none = { sources: new Int32Array(0), targets: new Int32Array(0) };
    expect([...scaleToTieLength(positions, none, 100)]).toEqual([1, 2, 3, 4]);
  });

  it('scales every coordinate by the same factor', () => {
    const positions = Float64Array.from([0, 0, 3, 4, 6, 8]);
    const ties = { sources: Int32Array.from([0, 1]), targets: Int32Array.from([1, 2]) };
    expect([...scaleToTieLength(positions, ties, 10)]).toEqual([0, 0, 6, 8, 12, 16]);
  });
});
