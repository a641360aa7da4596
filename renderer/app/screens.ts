/** The screens of DESIGN.md, in navigation order; `slug` is the hash route and test id. */
export const SCREENS = [
  { id: 'map', slug: 'map' },
  { id: 'data', slug: 'data' },
  { id: 'measures', slug: 'measures' },
  { id: 'overTime', slug: 'over-time' },
  { id: 'import', slug: 'import' },
  { id: 'workshop', slug: 'workshop' },
  { id: 'report', slug: 'report' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];

/** Where the app opens, and where an unknown address leads. */
export const DEFAULT_SCREEN: ScreenId = 'data';

/** `#/over-time` → `overTime`; anything unknown → the default screen. */
export function screenFromHash(hash: string): ScreenId {
  const slug = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return SCREENS.find((screen) => screen.slug === slug)?.id ?? DEFAULT_SCREEN;
}

export function hashOf(id: ScreenId): string {
  const screen = SCREENS.find((candidate) => candidate.id === id);
  return `#/${screen?.slug ?? id}`;
}
