import type { NetworkSnapshot } from '../api/network.ts';
import type { MapFilters, MapMeasureKey } from '../domain/view.ts';
import type { TimelineData } from '../temporal/timeline-data.ts';
import { filterMap, type FilterResult } from './filter-map.ts';
import { nodeLooks, type NodeLook, type PaletteMode } from './map-elements.ts';
import { measureMap, type MapMeasures } from './map-measures.ts';
import { mapSnapshotAt } from './map-timeline.ts';
import { canvasSets, type ShownIds } from './time-marks.ts';

export interface DatedMapOptions {
  filters: MapFilters;
  sizeBy: MapMeasureKey;
  palette: PaletteMode;
}

/** One picture of the map: the network at a date, its measures, and what each element does. */
export interface DatedMap {
  date: string | null;
  /** The network at the date (actors present, ties active), before the map's filters. */
  snapshot: NetworkSnapshot;
  /** Measures of that network (so sizes and the minimum-measure filter follow the date). */
  measures: MapMeasures;
  /** What the user sees: the snapshot after the filters, with its counts. */
  visible: FilterResult;
  /** What the canvas keeps (shown + absent); see canvasSets. */
  drawn: FilterResult;
  /** Elements of the project not present at the date: invisible but laid out. */
  absent: ShownIds;
  /** Looks of every actor of the project, sized by the measures at the date. */
  nodes: NodeLook[];
}

/**
 * The map of a whole project at one date (null = every tie, regardless of dates). The canvas
 * holds every actor and tie of the project at once; the date only decides what is seen, so
 * positions computed once serve every date.
 */
export function datedMap(
  timeline: TimelineData,
  date: string | null,
  options: DatedMapOptions,
): DatedMap {
  const snapshot = mapSnapshotAt(timeline, date);
  const measures = measureMap(snapshot.actors, snapshot.ties);
  const visible = filterMap(
    { actors: snapshot.actors, ties: snapshot.ties, members: timeline.members, date, measures },
    options.filters,
  );
  const { drawn, absent } = canvasSets(idsOf(timeline), idsOf(snapshot), visible);
  const nodes = nodeLooks(timeline.actors, timeline.sectors, measures, {
    sizeBy: options.sizeBy,
    palette: options.palette,
  });
  return { date, snapshot, measures, visible, drawn, absent, nodes };
}

function idsOf(network: Pick<NetworkSnapshot, 'actors' | 'ties'>): ShownIds {
  return {
    actorIds: new Set(network.actors.map((actor) => actor.id)),
    tieIds: new Set(network.ties.map((tie) => tie.id)),
  };
}
