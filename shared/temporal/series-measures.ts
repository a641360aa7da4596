import { REPORT_NETWORK_MEASURES } from '../analysis/analysis-report.ts';

/**
 * The measures a time series can hold, by the snake_case names `tejido analyze` uses, then
 * the time ones:
 * - average_degree: 2 × ties / actors, the mean number of ties per actor (direction ignored);
 * - ei_index: Krackhardt–Stern E-I index by sector of the whole snapshot (see ei-index.ts);
 * - cross_sector_ties: ties whose two ends have different known sectors;
 * - cross_sector_share: cross_sector_ties / ties with both sectors known (cross-sector-share.ts);
 * - ties_formed / ties_ended: tie spells starting / ending inside the period (tie-changes.ts);
 * - new_alliances: ties formed between actors with no tie the day before (new-alliances.ts);
 * - group_density: density inside each learning community, one column per group,
 *   `group_density_<group id>` (group-density.ts).
 */
export const TIME_MEASURES = [
  'average_degree',
  'ei_index',
  'cross_sector_ties',
  'cross_sector_share',
  'ties_formed',
  'ties_ended',
  'new_alliances',
  'group_density',
] as const;

export type NetworkSeriesMeasure = keyof typeof REPORT_NETWORK_MEASURES;
export type TimeMeasure = (typeof TIME_MEASURES)[number];
export type SeriesMeasure = NetworkSeriesMeasure | TimeMeasure;

export const SERIES_MEASURES: readonly SeriesMeasure[] = [
  ...(Object.keys(REPORT_NETWORK_MEASURES) as NetworkSeriesMeasure[]),
  ...TIME_MEASURES,
];

export function isSeriesMeasure(name: string): name is SeriesMeasure {
  return (SERIES_MEASURES as readonly string[]).includes(name);
}

export function isNetworkSeriesMeasure(name: SeriesMeasure): name is NetworkSeriesMeasure {
  return Object.hasOwn(REPORT_NETWORK_MEASURES, name);
}

/** Measures that need the SNA engine on each snapshot (the rest are counts over spells). */
export function needsEngine(measures: readonly SeriesMeasure[]): boolean {
  return measures.some(
    (name) =>
      isNetworkSeriesMeasure(name) ||
      name === 'average_degree' ||
      name === 'ei_index' ||
      name === 'group_density',
  );
}
