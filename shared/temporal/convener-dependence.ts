import { buildGraph } from '../analysis/build-graph.ts';
import { analyzeWithoutActor } from '../metrics/without-actor.ts';
import { snapshotAt, type SnapshotOptions } from './snapshots.ts';
import type { TimelineData } from './timeline-data.ts';

export interface CohesionMeasures {
  components: number;
  largestComponentShare: number | null;
  averagePathLength: number | null;
}

export interface ConvenerDependence {
  /** i18n key of the one-sentence definition shown with the numbers. */
  definition: 'time.indicators.convenerDependence';
  actor: string;
  date: string;
  with: CohesionMeasures;
  without: CohesionMeasures;
  /** without − with; null where either side is null. */
  change: { [K in keyof CohesionMeasures]: number | null };
}

/**
 * Convener dependence on a day: the number of (weak) components, the largest component's
 * share of actors and the average path length of the network on `date`, with and without
 * one actor (the convener) and its ties. More components, a smaller largest component or
 * longer paths without it mean the network leans on it; compare two dates to see whether
 * the dependence fell. Same definitions as analyze(); see analyzeWithoutActor.
 * Throws MeasureError "measure.unknownActor" when the actor is not present that day.
 * Ref: Borgatti 2006, Computational & Mathematical Organization Theory 12:21–34 (key players:
 * fragmentation by removal).
 */
export function convenerDependence(
  data: TimelineData,
  actor: string,
  date: string,
  options: SnapshotOptions = {},
): ConvenerDependence {
  const { graph, selection } = buildGraph(snapshotAt(data, date, options), {
    statuses: options.statuses ?? ['existing'],
  });
  const result = analyzeWithoutActor(graph, actor, { directed: selection.directed });
  const pick = (measures: typeof result.with): CohesionMeasures => ({
    components: measures.weakComponents,
    largestComponentShare: measures.largestComponentShare,
    averagePathLength: measures.averagePathLength,
  });
  const before = pick(result.with);
  const after = pick(result.without);
  const difference = (a: number | null, b: number | null): number | null =>
    a === null || b === null ? null : b - a;
  return {
    definition: 'time.indicators.convenerDependence',
    actor,
    date,
    with: before,
    without: after,
    change: {
      components: after.components - before.components,
      largestComponentShare: difference(before.largestComponentShare, after.largestComponentShare),
      averagePathLength: difference(before.averagePathLength, after.averagePathLength),
    },
  };
}
