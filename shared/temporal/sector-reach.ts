import type { NetworkSnapshot } from '../api/network.ts';

export interface SectorReachRow {
  sector: string;
  /** Actors of the starting sector with at least one direct tie to this sector. */
  reaching: number;
  /** reaching / actors of the starting sector; null when there are none. */
  share: number | null;
}

export interface SectorReach {
  /** i18n key of the one-sentence definition shown with the numbers. */
  definition: 'time.indicators.sectorReach';
  fromSector: string;
  /** Actors of the starting sector in the snapshot: the denominator. */
  actors: number;
  /** One row per other sector of the catalogue, in catalogue order. */
  bySector: SectorReachRow[];
}

/**
 * Reach of one sector to each other sector: the share of its actors (CSOs by default) with
 * at least one direct tie, in either direction, to an actor of that other sector. Only the
 * snapshot's actors count, so an actor not present that day is in no denominator.
 * Ref: the "do CSOs now reach government and donors directly?" outcome (Tejido domain brief);
 * a per-actor form of the sector mixing matrix (Wasserman & Faust 1994, p. 395).
 */
export function sectorReach(snapshot: NetworkSnapshot, fromSector = 'cso'): SectorReach {
  const sectorOf = new Map(snapshot.actors.map((actor) => [actor.id as string, actor.sector]));
  const starting = snapshot.actors.filter((actor) => actor.sector === fromSector);
  const reached = new Map<string, Set<string>>();
  const note = (actor: string, other: string): void => {
    const sector = sectorOf.get(other) ?? null;
    if (sectorOf.get(actor) !== fromSector || sector === null || sector === fromSector) return;
    reached.set(sector, (reached.get(sector) ?? new Set()).add(actor));
  };
  for (const tie of snapshot.ties) {
    note(tie.source, tie.target);
    note(tie.target, tie.source);
  }
  const catalogue = [...snapshot.sectors]
    .sort((a, b) => a.position - b.position)
    .map((sector) => sector.key as string);
  const others = [...new Set([...catalogue, ...reached.keys()])].filter((s) => s !== fromSector);
  return {
    definition: 'time.indicators.sectorReach',
    fromSector,
    actors: starting.length,
    bySector: others.map((sector) => {
      const reaching = reached.get(sector)?.size ?? 0;
      return {
        sector,
        reaching,
        share: starting.length === 0 ? null : reaching / starting.length,
      };
    }),
  };
}
