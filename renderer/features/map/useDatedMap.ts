import { useMemo } from 'react';
import type { MapFilters, MapMeasureKey } from '../../../shared/domain/view.ts';
import {
  networkAtDate,
  nodesAtDate,
  shownAtDate,
  type DatedMap,
} from '../../../shared/map/dated-map.ts';
import type { PaletteMode } from '../../../shared/map/map-elements.ts';
import { mapSnapshotAt } from '../../../shared/map/map-timeline.ts';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import { useSettledValue } from './useSettledValue.ts';

export interface DatedMapLooks {
  filters: MapFilters;
  sizeBy: MapMeasureKey;
  palette: PaletteMode;
}

/**
 * Above this many actors the measures (all-pairs shortest paths among them: about 0.4 s at
 * 1,000 actors, 2.5 s at 3,000, see scripts/bench-map-time.ts) wait until the date has rested
 * for MEASURE_DELAY_MS; meanwhile the map shows the new date's ties and actors sized by the
 * measures of the last date it rested on. Below it, every step measures at once.
 */
export const LIVE_MEASURE_LIMIT = 400;
const MEASURE_DELAY_MS = 250;

/**
 * The project's map at a date, in memoised steps so that changing a filter does not
 * recompute the measures and changing the size measure does not refilter.
 */
export function useDatedMap(
  timeline: TimelineData | null,
  date: string | null,
  { filters, sizeBy, palette }: DatedMapLooks,
): DatedMap | null {
  const heavy = (timeline?.actors.length ?? 0) > LIVE_MEASURE_LIMIT;
  const measureDate = useSettledValue(date, heavy ? MEASURE_DELAY_MS : 0);
  const measured = useMemo(
    () => (timeline ? networkAtDate(timeline, measureDate) : null),
    [timeline, measureDate],
  );
  const network = useMemo(() => {
    if (!timeline || !measured) return null;
    if (measured.date === date) return measured;
    return { date, snapshot: mapSnapshotAt(timeline, date), measures: measured.measures };
  }, [timeline, measured, date]);
  const shown = useMemo(
    () => (timeline && network ? shownAtDate(timeline, network, filters) : null),
    [timeline, network, filters],
  );
  const nodes = useMemo(
    () => (timeline && network ? nodesAtDate(timeline, network, { sizeBy, palette }) : null),
    [timeline, network, sizeBy, palette],
  );
  return useMemo(
    () => (network && shown && nodes ? { ...network, ...shown, nodes } : null),
    [network, shown, nodes],
  );
}
