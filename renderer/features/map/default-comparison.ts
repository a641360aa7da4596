import type { TimeRange } from '../../../shared/map/map-timeline.ts';
import type { ComparedDates } from './useMapState.ts';

/**
 * The dates before/after mode opens with: the first survey wave (else the start of the
 * project's range) against the map's date (else the last wave, else the end of the range).
 * Null when the project has no two distinct dates.
 */
export function defaultComparison(
  waves: readonly { date: string }[],
  date: string | null,
  range: TimeRange | null,
): ComparedDates | null {
  const waveDates = waves.map((wave) => wave.date).sort();
  const before = waveDates[0] ?? range?.first ?? null;
  const after = date ?? waveDates[waveDates.length - 1] ?? range?.last ?? null;
  if (before !== null && after !== null && before < after) return [before, after];
  if (range && range.first < range.last) return [range.first, range.last];
  return null;
}
