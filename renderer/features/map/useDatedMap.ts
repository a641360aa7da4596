import { useMemo } from 'react';
import type { MapFilters, MapMeasureKey } from '../../../shared/domain/view.ts';
import {
  networkAtDate,
  nodesAtDate,
  shownAtDate,
  type DatedMap,
} from '../../../shared/map/dated-map.ts';
import type { PaletteMode } from '../../../shared/map/map-elements.ts';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';

export interface DatedMapLooks {
  filters: MapFilters;
  sizeBy: MapMeasureKey;
  palette: PaletteMode;
}

/**
 * The project's map at a date, in three memoised steps so that changing a filter does not
 * recompute the measures and changing the size measure does not refilter.
 */
export function useDatedMap(
  timeline: TimelineData | null,
  date: string | null,
  { filters, sizeBy, palette }: DatedMapLooks,
): DatedMap | null {
  const network = useMemo(
    () => (timeline ? networkAtDate(timeline, date) : null),
    [timeline, date],
  );
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
