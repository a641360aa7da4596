import { useEffect, useMemo, useState } from 'react';
import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import type { MapFilters, MapMeasureKey } from '../../../shared/domain/view.ts';
import { nodesAtDate, shownAtDate, type DatedMap } from '../../../shared/map/dated-map.ts';
import {
  sameNodeLooks,
  type NodeLook,
  type PaletteMode,
} from '../../../shared/map/map-elements.ts';
import { NO_MEASURES } from '../../../shared/map/map-measures.ts';
import { mapSnapshotAt } from '../../../shared/map/map-timeline.ts';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import { useMapMeasures } from './useMapMeasures.ts';

export interface DatedMapLooks {
  filters: MapFilters;
  sizeBy: MapMeasureKey;
  palette: PaletteMode;
}

/**
 * The project's map at a date, in memoised steps so that changing a filter does not
 * recompute the measures and changing the size measure does not refilter. The network at the
 * date follows the date at once; its measures may come later (useMapMeasures), and then only
 * what depends on them is recomputed: the minimum-measure filter, and the actors' looks, kept
 * as they were when the new measures give the same looks (the canvas then redraws nothing).
 */
export function useDatedMap(
  timeline: TimelineData | null,
  requested: string | null,
  { filters, sizeBy, palette }: DatedMapLooks,
): DatedMap | null {
  const at = useSnapshotAt(timeline, requested);
  const snapshot = at?.snapshot ?? null;
  // The date of the network drawn: a large map's follows the requested one a task later.
  const date = at ? at.date : requested;
  const measures = useMapMeasures(timeline, snapshot, date);
  // The filters read the measures only for the minimum-measure filter.
  const filterMeasures = filters.minMeasure ? measures : NO_MEASURES;
  const shown = useMemo(
    () =>
      timeline && snapshot && filterMeasures
        ? shownAtDate(timeline, { date, snapshot, measures: filterMeasures }, filters)
        : null,
    [timeline, snapshot, date, filterMeasures, filters],
  );
  const looks = useMemo(
    () =>
      timeline && snapshot && measures
        ? nodesAtDate(timeline, { date, snapshot, measures }, { sizeBy, palette })
        : null,
    [timeline, snapshot, date, measures, sizeBy, palette],
  );
  const nodes = useSameLooks(looks);
  return useMemo(
    () =>
      snapshot && measures && shown && nodes ? { date, snapshot, measures, ...shown, nodes } : null,
    [date, snapshot, measures, shown, nodes],
  );
}

/** From this many ties a new date's network is selected in a task of its own. */
const SNAPSHOT_IN_TASK_FROM = 10_000;

interface HeldSnapshot {
  timeline: TimelineData;
  date: string | null;
  snapshot: NetworkSnapshot;
}

/**
 * The network at `date`. On a large map it is selected in a task after the render that asked
 * (the previous date's network is drawn until then): selecting 100,000 ties at a date took as
 * long as everything else a date step does, and in the same task passed 200 ms. Small maps
 * select at once, so a step shows in the render of the click.
 */
function useSnapshotAt(
  timeline: TimelineData | null,
  date: string | null,
): { snapshot: NetworkSnapshot; date: string | null } | null {
  const large = (timeline?.ties.length ?? 0) >= SNAPSHOT_IN_TASK_FROM;
  const at = useMemo(
    () => (timeline && !large ? { snapshot: mapSnapshotAt(timeline, date), date } : null),
    [timeline, date, large],
  );
  const [held, setHeld] = useState<HeldSnapshot | null>(null);
  const mine = held?.timeline === timeline ? held : null;
  const ready = mine !== null && mine.date === date;
  useEffect(() => {
    if (!timeline || !large || ready) return;
    const timer = window.setTimeout(() =>
      setHeld({ timeline, date, snapshot: mapSnapshotAt(timeline, date) }),
    );
    return () => window.clearTimeout(timer);
  }, [timeline, date, large, ready]);
  return at ?? (mine ? { snapshot: mine.snapshot, date: mine.date } : null);
}

/**
 * `looks`, or the list of the previous render when every look is the same: new measures that
 * change no size (the worker's degree after the quick degree) then cost the canvas nothing.
 */
function useSameLooks(looks: NodeLook[] | null): NodeLook[] | null {
  const [kept, setKept] = useState(looks);
  const reuse = useMemo(
    () => kept !== null && looks !== null && kept !== looks && sameNodeLooks(kept, looks),
    [kept, looks],
  );
  if (kept !== looks && !reuse) setKept(looks);
  return reuse ? kept : looks;
}
