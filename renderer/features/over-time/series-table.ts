import { addDays } from '../../../shared/temporal/calendar.ts';
import type { Period } from '../../../shared/temporal/periods.ts';
import type { SeriesMeasure } from '../../../shared/temporal/series-measures.ts';
import { isSeriesMeasure } from '../../../shared/temporal/series-measures.ts';
import type { SeriesRow } from '../../../shared/temporal/series.ts';
import type { ExportTable } from '../measures/measure-export.ts';
import type { PeriodKind } from './period-choice.ts';

/** One column of the series: a measure, or one learning community's density. */
export interface SeriesColumn {
  key: string;
  measure: SeriesMeasure;
  /** The group id of a `group_density_<id>` column. */
  group: string | null;
}

const GROUP_DENSITY = 'group_density_';

/** The columns the rows hold, in their order (series() keeps the order of the measures asked). */
export function seriesColumns(rows: readonly SeriesRow[]): SeriesColumn[] {
  return Object.keys(rows[0]?.values ?? {}).flatMap((key): SeriesColumn[] => {
    if (key.startsWith(GROUP_DENSITY)) {
      return [{ key, measure: 'group_density', group: key.slice(GROUP_DENSITY.length) }];
    }
    return isSeriesMeasure(key) ? [{ key, measure: key, group: null }] : [];
  });
}

/** One chart per measure: every learning community's density shares one chart. */
export function chartsOf(columns: readonly SeriesColumn[]): SeriesColumn[][] {
  const charts = new Map<SeriesMeasure, SeriesColumn[]>();
  for (const column of columns) {
    charts.set(column.measure, [...(charts.get(column.measure) ?? []), column]);
  }
  return [...charts.values()];
}

/** How a period is named under a chart: years and waves by name, other periods by first day. */
export function periodAxisLabel(period: Period, kind: PeriodKind): string {
  return kind === 'year' || kind === 'wave' ? period.label : period.start;
}

/** The last day inside a period [start, end); null when it is still open. */
export function lastDayOf(period: Period): string | null {
  return period.end === null ? null : addDays(period.end, -1);
}

/**
 * The series as a table for CSV: the period's name, its first and last day, then one column
 * per measure. Numbers stay numbers at full precision; the CSV writer neutralises text cells.
 */
export function seriesExportTable(
  rows: readonly SeriesRow[],
  columns: readonly SeriesColumn[],
  titles: { period: string; from: string; until: string; column: (column: SeriesColumn) => string },
): ExportTable {
  return {
    columns: [titles.period, titles.from, titles.until, ...columns.map(titles.column)],
    rows: rows.map((row) => [
      row.period.label,
      row.period.start,
      lastDayOf(row.period),
      ...columns.map((column) => row.values[column.key] ?? null),
    ]),
  };
}
