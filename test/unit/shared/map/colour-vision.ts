import { hexToRgb } from '../../../../shared/map/palette.ts';

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

/** Machado, Oliveira & Fernandes 2009 (IEEE TVCG 15:1291), severity 1.0, in linear RGB. */
export const DEFICIENCIES: Record<string, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

/** CIELAB (D65) of a colour as seen with the given deficiency. */
export function labAs(hex: string, matrix: Matrix): [number, number, number] {
  const linear = hexToRgb(hex).map(toLinear);
  const [r, g, b] = matrix.map((row) =>
    Math.min(1, Math.max(0, row[0]! * linear[0]! + row[1]! * linear[1]! + row[2]! * linear[2]!)),
  ) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The smallest CIE76 colour difference between any two colours of the palette. */
export function smallestDifference(palette: readonly string[], matrix: Matrix): number {
  let smallest = Infinity;
  for (let i = 0; i < palette.length; i += 1)
    for (let j = i + 1; j < palette.length; j += 1) {
      const a = labAs(palette[i]!, matrix);
      const b = labAs(palette[j]!, matrix);
      smallest = Math.min(smallest, Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]));
    }
  return smallest;
}
