import type { NetworkSnapshot } from '../api/network.ts';

export interface CrossSectorShare {
  /** i18n key of the one-sentence definition shown with the number. */
  definition: 'time.indicators.crossSectorShare';
  /** Ties whose two ends belong to different sectors. */
  crossSector: number;
  /** Ties whose two ends both have a known sector: the denominator. */
  withSectors: number;
  /** crossSector / withSectors; null when no tie has both sectors known. */
  share: number | null;
}

/**
 * Share of ties that cross sectors: ties between actors of different sectors divided by the
 * ties whose two ends have a known sector. Each tie counts once (parallel ties of different
 * types count separately, as tie counts do everywhere in Tejido). Directed: no.
 * Equals (E-I + 1) / 2 for the E-I index by sector over the same ties.
 * Ref: Krackhardt & Stern 1988, Social Psychology Quarterly 51:123–140 (E and I counts).
 */
export function crossSectorShare(snapshot: NetworkSnapshot): CrossSectorShare {
  const sectorOf = new Map(snapshot.actors.map((actor) => [actor.id as string, actor.sector]));
  let crossSector = 0;
  let withSectors = 0;
  for (const tie of snapshot.ties) {
    const from = sectorOf.get(tie.source) ?? null;
    const to = sectorOf.get(tie.target) ?? null;
    if (from === null || to === null) continue;
    withSectors += 1;
    if (from !== to) crossSector += 1;
  }
  return {
    definition: 'time.indicators.crossSectorShare',
    crossSector,
    withSectors,
    share: withSectors === 0 ? null : crossSector / withSectors,
  };
}
