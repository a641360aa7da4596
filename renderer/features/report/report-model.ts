import type { Evidence } from '../../../shared/domain/tie.ts';
import type { MeasureChange } from '../../../shared/temporal/before-after.ts';
import type { SeriesMeasure } from '../../../shared/temporal/series-measures.ts';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import type { ExportTable } from '../measures/measure-export.ts';

/** Where the report's numbers come from: the project's size and how its ties were learned. */
export interface SourceCounts {
  actors: number;
  ties: number;
  waves: number;
  events: number;
  /** Ties by evidence; `none` counts ties whose evidence was not recorded. */
  evidence: Record<Evidence | 'none', number>;
}

export function sourceCounts(data: TimelineData): SourceCounts {
  const evidence: SourceCounts['evidence'] = {
    survey: 0,
    workshop: 0,
    event: 0,
    document: 0,
    other: 0,
    none: 0,
  };
  for (const tie of data.ties) evidence[tie.evidence ?? 'none'] += 1;
  return {
    actors: data.actors.length,
    ties: data.ties.length,
    waves: data.waves.length,
    events: data.events.length,
    evidence,
  };
}

/** The measures of the report's small table, in the order a funder reads them. */
export const REPORT_MEASURES = [
  'density',
  'components',
  'largest_component_share',
  'average_degree',
  'average_path_length',
  'ei_index',
] as const satisfies readonly SeriesMeasure[];

/** The report's rows out of a before/after comparison (which computes more measures). */
export function reportMeasureRows(measures: readonly MeasureChange[]): MeasureChange[] {
  return REPORT_MEASURES.flatMap((key) => measures.filter((row) => row.measure === key));
}

export interface SectorPairCount {
  /** Sector keys of the pair's two ends (as newAlliances writes them, "a|b"). */
  sectors: [string, string];
  count: number;
}

/** The sector pairs with the most new alliances, largest first, ties broken by key. */
export function topSectorPairs(
  bySectorPair: Record<string, number>,
  limit: number,
): SectorPairCount[] {
  return Object.entries(bySectorPair)
    .sort(([keyA, a], [keyB, b]) => b - a || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0))
    .slice(0, limit)
    .map(([key, count]) => {
      const [a = '', b = ''] = key.split('|');
      return { sectors: [a, b], count };
    });
}

/**
 * The project with only the events that started between the two days (inclusive) and their
 * attendance: the report's meeting analysis covers the reported period, not the whole record.
 */
export function eventsBetween(data: TimelineData, before: string, after: string): TimelineData {
  const events = data.events.filter((event) => event.start >= before && event.start <= after);
  const kept = new Set<string>(events.map((event) => event.id));
  return {
    ...data,
    events,
    participation: data.participation.filter((row) => kept.has(row.eventId)),
  };
}

export interface MeasureTableTitles {
  measure: string;
  before: string;
  after: string;
  change: string;
  direction: string;
  name: (measure: string) => string;
  directionName: (direction: MeasureChange['direction']) => string;
}

/** The key-measures table as the CSV download writes it: raw numbers, named columns. */
export function measureTableExport(
  rows: readonly MeasureChange[],
  titles: MeasureTableTitles,
): ExportTable {
  return {
    columns: [titles.measure, titles.before, titles.after, titles.change, titles.direction],
    rows: rows.map((row) => [
      titles.name(row.measure),
      row.before,
      row.after,
      row.change,
      titles.directionName(row.direction),
    ]),
  };
}
