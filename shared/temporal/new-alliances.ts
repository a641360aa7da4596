import { actorPairKey } from './actor-pair.ts';
import type { Evidence } from '../domain/tie.ts';
import { addDays } from './calendar.ts';
import type { Period } from './periods.ts';
import { countBySectorPair } from './sector-pairs.ts';
import { DEFAULT_TIME_STATUSES } from './snapshots.ts';
import { tieChangesIn, type TieChangeOptions } from './tie-changes.ts';
import type { TimelineData } from './timeline-data.ts';
import { isActiveAt } from './tie-spells.ts';

/** One new alliance: the tie, the day it started, its sectors and what shows it. */
export interface NewAlliance {
  tieId: string;
  source: string;
  target: string;
  sourceSector: string | null;
  targetSector: string | null;
  type: string;
  date: string;
  evidence: Evidence | null;
  note: string;
}

export interface NewAlliances {
  /** i18n key of the one-sentence definition shown with the number. */
  definition: 'time.indicators.newAlliances';
  total: number;
  bySectorPair: Record<string, number>;
  alliances: NewAlliance[];
}

/**
 * New alliances in a period: tie spells starting inside [start, end) between two actors who
 * had no tie of the counted statuses the day before (a pair that already worked together
 * and adds a second kind of tie is not a new alliance; a pair that resumes after a break is).
 * Counted by sector pair. Only existing ties by default; `tieTypes` narrows what counts.
 * Ref: the "new alliances" outcome of Tejido's domain brief (issue 7); tie formation as in
 * Snijders, van de Bunt & Steglich 2010, Social Networks 32:44–60 (a tie absent, then present).
 */
export function newAlliances(
  data: TimelineData,
  period: Period,
  options: TieChangeOptions = {},
): NewAlliances {
  const statuses = options.statuses ?? DEFAULT_TIME_STATUSES;
  const tiesOfPair = new Map<string, TimelineData['ties']>();
  for (const tie of data.ties) {
    if (!statuses.includes(tie.status)) continue;
    const key = actorPairKey(tie.source, tie.target);
    tiesOfPair.set(key, [...(tiesOfPair.get(key) ?? []), tie]);
  }
  const alliances: NewAlliance[] = [];
  for (const change of tieChangesIn(data, period, options).formed) {
    const { tie, date } = change;
    const dayBefore = addDays(date, -1);
    const alreadyTied = (tiesOfPair.get(actorPairKey(tie.source, tie.target)) ?? []).some((other) =>
      isActiveAt(other.spells, dayBefore),
    );
    if (alreadyTied) continue;
    alliances.push({
      tieId: tie.id,
      source: tie.source,
      target: tie.target,
      sourceSector: change.sectors[0],
      targetSector: change.sectors[1],
      type: tie.type,
      date,
      evidence: tie.evidence,
      note: tie.note,
    });
  }
  return {
    definition: 'time.indicators.newAlliances',
    total: alliances.length,
    bySectorPair: countBySectorPair(alliances.map((a) => [a.sourceSector, a.targetSector])),
    alliances,
  };
}
