import { useMemo } from 'react';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { Sector } from '../../../shared/domain/catalog.ts';
import type { Tie } from '../../../shared/domain/tie.ts';
import type { Language } from '../../../shared/i18n/catalogs.ts';
import { labelOf } from '../catalog/label-of.ts';
import { searchKey } from './search-text.ts';
import { countTiesByActor } from './tie-counts.ts';

/** One line of the actors table, with everything its cells show precomputed. */
export interface ActorRow {
  actor: Actor;
  sectorLabel: string | null;
  sectorColour: string | null;
  tieCount: number;
  searchKey: string;
}

export function useActorRows(
  actors: readonly Actor[],
  ties: readonly Tie[],
  sectors: readonly Sector[],
  language: Language,
): ActorRow[] {
  const tieCounts = useMemo(() => countTiesByActor(ties), [ties]);
  return useMemo(() => {
    const sectorsByKey = new Map(sectors.map((sector) => [sector.key, sector]));
    return actors.map((actor) => {
      const sector = actor.sector === null ? undefined : sectorsByKey.get(actor.sector);
      return {
        actor,
        sectorLabel: sector ? labelOf(sector, language) : actor.sector,
        sectorColour: sector?.colour ?? null,
        tieCount: tieCounts.get(actor.id) ?? 0,
        searchKey: searchKey(actor.name),
      };
    });
  }, [actors, sectors, language, tieCounts]);
}
