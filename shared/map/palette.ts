/**
 * Colours for the map. The project's sector colours are used as they are; projector mode
 * swaps them for the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), whose
 * eight colours stay distinguishable under protanopia, deuteranopia and tritanopia
 * (test/unit/shared/map/palette.test.ts checks this with Machado et al. 2009's simulation).
 * Black and white extend it to nine (every default sector): projector mode draws every node
 * with a black border, so a white node stays visible.
 */
export const OKABE_ITO = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#f0e442',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
] as const;

/** Sector colours in projector mode, by sector order; the tenth sector onwards is grey. */
export const PROJECTOR_PALETTE = [...OKABE_ITO, '#000000', '#ffffff'] as const;

/** The colour of an actor with no sector, and of anything the palette runs out for. */
export const NO_SECTOR_COLOUR = '#8c8c8c';

export type Rgb = readonly [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Relative luminance (WCAG 2.x) of an sRGB colour. */
export function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A border colour that keeps a node visible on white paper: dark for very light fills. */
export function outlineFor(fill: string): string {
  return luminance(fill) > 0.8 ? '#1a232c' : '#ffffff';
}

/** Black or white, whichever reads better on `background`. */
export function inkOn(background: string): '#000000' | '#ffffff' {
  return luminance(background) > 0.179 ? '#000000' : '#ffffff';
}
