import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTORS } from '../../../../shared/domain/default-catalog.ts';
import { inkOn, PROJECTOR_PALETTE } from '../../../../shared/map/palette.ts';
import { DEFICIENCIES, smallestDifference } from './colour-vision.ts';

/** CIE76 ΔE ≈ 10–15 is where people stop confusing swatches side by side in a legend. */
const DISTINGUISHABLE = 15;

describe('projector palette', () => {
  it.each(Object.keys(DEFICIENCIES))('keeps every pair of colours apart with %s', (name) => {
    expect(smallestDifference(PROJECTOR_PALETTE, DEFICIENCIES[name]!)).toBeGreaterThan(
      DISTINGUISHABLE,
    );
  });

  it('catches a palette that is not safe: red and green under deuteranopia', () => {
    expect(smallestDifference(['#d62728', '#2ca02c'], DEFICIENCIES.deuteranopia!)).toBeLessThan(
      DISTINGUISHABLE,
    );
  });

  it('is needed: the nine default sector colours are too close for deuteranopes', () => {
    const defaults = DEFAULT_SECTORS.map((sector) => sector.colour);
    expect(smallestDifference(defaults, DEFICIENCIES.deuteranopia!)).toBeLessThan(DISTINGUISHABLE);
  });

  it('writes black on light colours and white on dark ones', () => {
    expect(inkOn('#f0e442')).toBe('#000000');
    expect(inkOn('#0072b2')).toBe('#ffffff');
  });
});
