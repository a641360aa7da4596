import { describe, expect, it } from 'vitest';
import { hashOf, screenFromHash, SCREENS } from '../../../../renderer/app/screens.ts';

describe('hash routes', () => {
  it('reads the screen from the fragment, with its kebab-case slug', () => {
    expect(screenFromHash('#/over-time')).toBe('overTime');
    expect(screenFromHash('#/map')).toBe('map');
  });

  it('opens the Data screen for an empty or unknown fragment', () => {
    expect(screenFromHash('')).toBe('data');
    expect(screenFromHash('#/nowhere')).toBe('data');
    expect(screenFromHash('#token=abc')).toBe('data');
  });

  it('writes a fragment that reads back as the same screen', () => {
    for (const screen of SCREENS) expect(screenFromHash(hashOf(screen.id))).toBe(screen.id);
  });
});
