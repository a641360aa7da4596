import type { Tie, TieStatus } from '../domain/tie.ts';
import { isInRange } from './calendar.ts';
import type { Period } from './periods.ts';
import { countBySectorPair, sectorPairMatrix, type SectorPairMatrix } from './sector-pairs.ts';
import { DEFAULT_TIME_STATUSES } from './snapshots.ts';
import type { TimelineData } from './timeline-data.ts';

export interface TieChangeOptions {
  /** Tie statuses that count; existing ties only by default. */
  statuses?: readonly TieStatus[];
  /** Tie types that count; all by default. */
  tieTypes?: readonly string[] | null;
}

/** One tie forming or ending on a day, with the sectors of its two ends. */
export interface TieChange {
  tie: Tie;
  date: string;
  sectors: [string | null, string | null];
}

export interface TieChanges {
  formed: TieChange[];
  ended: TieChange[];
}

/**
 * Ties formed and ended in a period [start, end). A tie forms when one of its spells starts
 * inside the period and ends when one of its spells ends inside it (the end day is the first
 * day without the tie). A tie that stopped and restarted forms again at each restart, so a
 * period can hold several formations of one tie. Open starts ("since before our records")
 * never form and open ends never end: we do not know when that happened.
 * Sorted by date, then tie id.
 */
export function tieChangesIn(
  data: TimelineData,
  period: Period,
  options: TieChangeOptions = {},
): TieChanges {
  const statuses = options.statuses ?? DEFAULT_TIME_STATUSES;
  const sectorOf = new Map(data.actors.map((actor) => [actor.id as string, actor.sector]));
  const formed: TieChange[] = [];
  const ended: TieChange[] = [];
  for (const tie of data.ties) {
    if (!statuses.includes(tie.status)) continue;
    if (options.tieTypes && !options.tieTypes.includes(tie.type)) continue;
    const sectors: [string | null, string | null] = [
      sectorOf.get(tie.source) ?? null,
      sectorOf.get(tie.target) ?? null,
    ];
    for (const spell of tie.spells) {
      if (spell.start !== null && isInRange(spell.start, period.start, period.end)) {
        formed.push({ tie, date: spell.start, sectors });
      }
      if (spell.end !== null && isInRange(spell.end, period.start, period.end)) {
        ended.push({ tie, date: spell.end, sectors });
      }
    }
  }
  return { formed: formed.sort(byDateThenId), ended: ended.sort(byDateThenId) };
}

function byDateThenId(a: TieChange, b: TieChange): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.tie.id < b.tie.id ? -1 : a.tie.id > b.tie.id ? 1 : 0;
}

export interface PeriodTieChanges {
  period: Period;
  formed: number;
  ended: number;
  /** Formations by sector pair, "cso|government" → count. */
  formedBySectorPair: Record<string, number>;
  endedBySectorPair: Record<string, number>;
  /** The same counts as symmetric matrices over the catalogue's sectors. */
  formedMatrix: SectorPairMatrix;
  endedMatrix: SectorPairMatrix;
}

/** Formation and dissolution per period, with sector-pair breakdowns (see tieChangesIn). */
export function tieChangesByPeriod(
  data: TimelineData,
  periods: readonly Period[],
  options: TieChangeOptions = {},
): PeriodTieChanges[] {
  const sectors = data.sectors.map((sector) => sector.key as string);
  return periods.map((period) => {
    const { formed, ended } = tieChangesIn(data, period, options);
    return {
      period,
      formed: formed.length,
      ended: ended.length,
      formedBySectorPair: countBySectorPair(formed.map((change) => change.sectors)),
      endedBySectorPair: countBySectorPair(ended.map((change) => change.sectors)),
      formedMatrix: sectorPairMatrix(
        formed.map((change) => change.sectors),
        sectors,
      ),
      endedMatrix: sectorPairMatrix(
        ended.map((change) => change.sectors),
        sectors,
      ),
    };
  });
}
