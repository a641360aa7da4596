import { describe, expect, it } from 'vitest';
import { clipSegment } from '../../../../shared/map/clip-segment.ts';

const box = { left: 0, top: 0, right: 10, bottom: 10 };

function clip(x1: number, y1: number, x2: number, y2: number): number[] | null {
  const out = new Float64Array(4);
  // Rounded: the cut points come from divisions.
  return clipSegment(box, x1, y1, x2, y2, out)
    ? [...out].map((v) => Math.round(v * 1e9) / 1e9)
    : null;
}

describe('clipSegment', () => {
  it('keeps a segment inside the box as it is', () => {
    expect(clip(1, 2, 8, 9)).toEqual([1, 2, 8, 9]);
  });

  it('cuts a segment crossing the box at both edges', () => {
    expect(clip(-10, 5, 20, 5)).toEqual([0, 5, 10, 5]);
    expect(clip(5, -100, 5, 100)).toEqual([5, 0, 5, 10]);
    expect(clip(-5, -5, 15, 15)).toEqual([0, 0, 10, 10]);
  });

  it('cuts only the end that leaves, keeping the direction', () => {
    expect(clip(5, 5, 25, 5)).toEqual([5, 5, 10, 5]);
    expect(clip(25, 5, 5, 5)).toEqual([10, 5, 5, 5]);
  });

  it('drops segments that miss the box, even when their bounding box meets it', () => {
    expect(clip(-5, 12, 12, 20)).toBeNull();
    expect(clip(-5, 8, 2, 15)).toBeNull(); // passes outside the bottom-left corner
    expect(clip(20, 0, 30, 10)).toBeNull();
    expect(clip(3, -4, 3, -1)).toBeNull();
  });

  it('keeps a point inside and drops one outside', () => {
    expect(clip(4, 4, 4, 4)).toEqual([4, 4, 4, 4]);
    expect(clip(-4, 4, -4, 4)).toBeNull();
  });
});
