import { REPORT_NETWORK_MEASURES } from '../analysis/analysis-report.ts';
import { buildGraph } from '../analysis/build-graph.ts';
import { groupsAt } from '../analysis/groups-at.ts';
import type { NetworkSnapshot } from '../api/network.ts';
import { analyze, type Analysis } from '../metrics/analyze.ts';
import { crossSectorShare } from './cross-sector-share.ts';
import { newAlliances } from './new-alliances.ts';
import type { Period } from './periods.ts';
import {
  isNetworkSeriesMeasure,
  needsEngine,
  SERIES_MEASURES,
  type SeriesMeasure,
} from './series-measures.ts';
import {
  DEFAULT_TIME_STATUSES,
  snapshotAt,
  snapshotDuring,
  type SnapshotOptions,
} from './snapshots.ts';
import { tieChangesIn } from './tie-changes.ts';
import type { TimelineData } from './timeline-data.ts';
import { isActiveDuring } from './tie-spells.ts';

export interface SeriesOptions extends SnapshotOptions {
  /**
   * Which network stands for a period: the one active on its first day ('start', the default)
   * or every tie active at any moment of it ('period').
   */
  snapshot?: 'start' | 'period';
  /** Called after each period is measured, with how many are done and how many in all. */
  onProgress?: (done: number, total: number) => void;
}

/** One period's values, by measure name; null where a measure does not apply. */
export interface SeriesRow {
  period: Period;
  /** The day the row's network was taken: the period's start. */
  date: string;
  values: Record<string, number | null>;
}

/**
 * Measures of the network over time: for each period, its snapshot (see SeriesOptions) is
 * measured with the SNA engine (analyze: the same definitions as the Measures screen and
 * `tejido analyze`), and the period's formations and endings are counted from tie spells.
 * Snapshots equal to an earlier one (same actors, ties and memberships) reuse its analysis
 * instead of measuring it again. Group densities are keyed `group_density_<group id>`, with
 * the memberships in force on the snapshot's day (any moment of the period with 'period').
 * Pure: reads `data`, never changes it.
 */
export function series(
  data: TimelineData,
  periods: readonly Period[],
  measures: readonly SeriesMeasure[] = SERIES_MEASURES,
  options: SeriesOptions = {},
): SeriesRow[] {
  const analyses = new Map<string, Analysis>();
  const statuses = options.statuses ?? DEFAULT_TIME_STATUSES;
  return periods.map((period, index) => {
    const snapshot =
      options.snapshot === 'period'
        ? snapshotDuring(data, period, options)
        : snapshotAt(data, period.start, options);
    const groups = groupsOf(data, snapshot, period, options.snapshot === 'period');
    let analysis: Analysis | null = null;
    if (needsEngine(measures)) {
      const key = signature(snapshot, groups);
      analysis = analyses.get(key) ?? measureSnapshot(snapshot, groups, statuses);
      analyses.set(key, analysis);
    }
    const values: Record<string, number | null> = {};
    for (const name of measures) {
      Object.assign(values, valuesOf(name, { data, snapshot, analysis, period, options }));
    }
    options.onProgress?.(index + 1, periods.length);
    return { period, date: period.start, values };
  });
}

interface MeasureInput {
  data: TimelineData;
  snapshot: NetworkSnapshot;
  analysis: Analysis | null;
  period: Period;
  options: SeriesOptions;
}

function valuesOf(name: SeriesMeasure, input: MeasureInput): Record<string, number | null> {
  const { data, snapshot, analysis, period, options } = input;
  const tieOptions = {
    ...(options.statuses ? { statuses: options.statuses } : {}),
    tieTypes: options.filters?.tieTypes ?? null,
  };
  if (isNetworkSeriesMeasure(name)) {
    return { [name]: analysis!.network[REPORT_NETWORK_MEASURES[name]] };
  }
  switch (name) {
    case 'average_degree': {
      const { actors, ties } = analysis!.network;
      return { [name]: actors === 0 ? null : (2 * ties) / actors };
    }
    case 'ei_index':
      return { [name]: analysis!.groups.sectorEi.whole };
    case 'cross_sector_ties':
      return { [name]: crossSectorShare(snapshot).crossSector };
    case 'cross_sector_share':
      return { [name]: crossSectorShare(snapshot).share };
    case 'ties_formed':
      return { [name]: tieChangesIn(data, period, tieOptions).formed.length };
    case 'ties_ended':
      return { [name]: tieChangesIn(data, period, tieOptions).ended.length };
    case 'new_alliances':
      return { [name]: newAlliances(data, period, tieOptions).total };
    case 'group_density': {
      const { groups, density } = analysis!.groups.groupDensity;
      return Object.fromEntries(
        groups.map((group, index) => [`group_density_${group}`, density[index]![index]!]),
      );
    }
  }
}

function groupsOf(
  data: TimelineData,
  snapshot: NetworkSnapshot,
  period: Period,
  wholePeriod: boolean,
): Record<string, string[]> {
  if (!wholePeriod) return groupsAt(data.groups, data.members, period.start);
  const present = new Set<string>(snapshot.actors.map((actor) => actor.id));
  const inPeriod = data.members.filter(
    (member) =>
      present.has(member.actorId) &&
      isActiveDuring([{ start: member.joined, end: member.left }], period.start, period.end),
  );
  return groupsAt(data.groups, inPeriod, null);
}

function measureSnapshot(
  snapshot: NetworkSnapshot,
  groups: Record<string, string[]>,
  statuses: SeriesOptions['statuses'],
): Analysis {
  const { graph, selection } = buildGraph(snapshot, { statuses: statuses ?? [] });
  return analyze(graph, { directed: selection.directed, groups });
}

/** What a snapshot's analysis depends on: its actors, its ties and the group memberships. */
function signature(snapshot: NetworkSnapshot, groups: Record<string, string[]>): string {
  const actors = snapshot.actors.map((actor) => actor.id).sort();
  const ties = snapshot.ties.map((tie) => tie.id).sort();
  const members = Object.entries(groups).map(([group, ids]) => `${group}:${[...ids].sort()}`);
  return JSON.stringify([actors, ties, members]);
}
