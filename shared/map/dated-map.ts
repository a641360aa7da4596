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

/** The network at a date and its measures: what changes with the date alone. */
export interface DatedNetwork {
  date: string | null;
  snapshot: NetworkSnapshot;
  measures: MapMeasures;
}

/** Step one: the network at the date and its measures (the costly part, kept per date). */
export function networkAtDate(timeline: TimelineData, date: string | null): DatedNetwork {
  const snapshot = mapSnapshotAt(timeline, date);
  return { date, snapshot, measures: measureMap(snapshot.actors, snapshot.ties) };
}

/** Step two: what is shown after the filters, and what the canvas keeps (see canvasSets). */
export function shownAtDate(
  timeline: TimelineData,
  network: DatedNetwork,
  filters: MapFilters,
): Pick<DatedMap, 'visible' | 'drawn' | 'absent'> {
  const { date, snapshot, measures } = network;
  const present = presentIds(timeline, snapshot);
  const visible =
    unfiltered(filters, snapshot, present) ??
    filterMap(
      { actors: snapshot.actors, ties: snapshot.ties, members: timeline.members, date, measures },
      filters,
    );
  return { visible, ...canvasSets(idsOf(timeline), present, visible) };
}

/**
 * The ids of the network at the date. The network is part of the project, so when it has as
 * many actors and ties as the project it is the whole project (every date when nothing is
 * dated, and the "all dates" map): its ids are the project's, already kept.
 */
function presentIds(timeline: TimelineData, snapshot: NetworkSnapshot): ShownIds {
  const whole =
    snapshot.actors.length === timeline.actors.length &&
    snapshot.ties.length === timeline.ties.length;
  return idsOf(whole ? timeline : snapshot);
}

/**
 * What filterMap gives when no filter is set (the usual case): the whole network, from the
 * ids kept per network, instead of filtering 100,000 ties again. Null when a filter is set or
 * a tie has an end outside the network (filterMap then drops it).
 */
function unfiltered(
  filters: MapFilters,
  network: NetworkSnapshot,
  { actorIds, tieIds }: ShownIds,
): FilterResult | null {
  if (Object.values(filters).some((filter) => filter !== null)) return null;
  if (!tiesClosed(network.ties, actorIds)) return null;
  const total = { actors: actorIds.size, ties: network.ties.length };
  return {
    actorIds,
    tieIds,
    counts: { ...total, totalActors: network.actors.length, totalTies: network.ties.length },
  };
}

/** Step three: the looks of every actor of the project, sized by the measures at the date. */
export function nodesAtDate(
  timeline: TimelineData,
  network: DatedNetwork,
  looks: Omit<DatedMapOptions, 'filters'>,
): NodeLook[] {
  return nodeLooks(timeline.actors, timeline.sectors, network.measures, looks);
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
  const network = networkAtDate(timeline, date);
  return {
    ...network,
    ...shownAtDate(timeline, network, options.filters),
    nodes: nodesAtDate(timeline, network, options),
  };
}

/**
 * The ids of a network, kept per network object: a project's 100,000 ties would otherwise be
 * put in a Set again at every filter change. Networks are never mutated, so the cache holds.
 */
const idsCache = new WeakMap<object, ShownIds>();

function idsOf(network: Pick<NetworkSnapshot, 'actors' | 'ties'>): ShownIds {
  const cached = idsCache.get(network);
  if (cached) return cached;
  const ids = {
    actorIds: idSet(network.actors, actorIdsCache),
    tieIds: idSet(network.ties, tieIdsCache),
  };
  idsCache.set(network, ids);
  return ids;
}

/*
 * The id sets are also kept per list, so a network object made from another (the map's
 * timeline spreads the fetched network) shares its sets, and networkIdSteps can build them
 * before the first render, in tasks of their own.
 */
const actorIdsCache = new WeakMap<readonly object[], ReadonlySet<string>>();
const tieIdsCache = new WeakMap<readonly object[], ReadonlySet<string>>();
/** Per tie list: the actor ids it was checked against, and whether both ends of every tie are in. */
const closedCache = new WeakMap<
  readonly object[],
  { actorIds: ReadonlySet<string>; closed: boolean }
>();

function idSet(
  list: readonly { id: string }[],
  cache: WeakMap<readonly object[], ReadonlySet<string>>,
): ReadonlySet<string> {
  const cached = cache.get(list);
  if (cached) return cached;
  const ids = new Set(list.map((item) => item.id));
  cache.set(list, ids);
  return ids;
}

function tiesClosed(ties: NetworkSnapshot['ties'], actorIds: ReadonlySet<string>): boolean {
  const cached = closedCache.get(ties);
  if (cached?.actorIds === actorIds) return cached.closed;
  const closed = ties.every((tie) => actorIds.has(tie.source) && actorIds.has(tie.target));
  closedCache.set(ties, { actorIds, closed });
  return closed;
}

/**
 * What the map's first render asks of a freshly fetched network (its actor ids, its tie ids,
 * whether every tie's ends are among its actors), as steps a caller can run in separate tasks:
 * at 20,000 actors and 100,000 ties they were 0.1–0.3 s of that render.
 */
export function networkIdSteps(network: Pick<NetworkSnapshot, 'actors' | 'ties'>): (() => void)[] {
  return [
    () => idSet(network.actors, actorIdsCache),
    () => idSet(network.ties, tieIdsCache),
    () => tiesClosed(network.ties, idSet(network.actors, actorIdsCache)),
  ];
}
