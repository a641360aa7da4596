import type { MapLayoutKind } from '../../../shared/domain/view.ts';

/**
 * The first picture of a map without positions: force-directed, which is fcose on small maps
 * and ForceAtlas2 in the layout worker on larger ones (grouped by sector meanwhile; see
 * run-layout.ts and docs/performance.md "Map performance"). Above FORCE_LIMIT actors, beyond the largest
 * map measured, it opens grouped by sector and force-directed stays one click away.
 */
const FORCE_LIMIT = 25_000;

export function firstLayout(chosen: MapLayoutKind, actors: number): MapLayoutKind {
  if (chosen !== 'force' && chosen !== 'manual') return chosen;
  return actors > FORCE_LIMIT ? 'sector' : 'force';
}
