import type { Tie } from '../domain/tie.ts';
import { series } from './series.ts';
import type { SeriesMeasure } from './series-measures.ts';
import { snapshotAt, type SnapshotOptions } from './snapshots.ts';
import type { TimelineData } from './timeline-data.ts';

/** How one measure moved between two dates. */
export interface MeasureChange {
  measure: string;
  before: number | null;
  after: number | null;
  /** after − before; null when either is null. */
  change: number | null;
  /** change / |before|; null when before is 0 or either is null. */
  relativeChange: number | null;
  direction: 'up' | 'down' | 'same' | null;
}

export interface BeforeAfter {
  before: string;
  after: string;
  /** Ties active on `after` and not on `before`. */
  newTies: Tie[];
  /** Ties active on `before` and not on `after`. */
  endedTies: Tie[];
  /** Actors present on `after` and not on `before` (presence as in snapshots.ts). */
  newActors: string[];
  actorsGone: string[];
  measures: MeasureChange[];
}

/** The measures a before/after comparison shows unless told otherwise. */
export const KEY_MEASURES: readonly SeriesMeasure[] = [
  'actors',
  'ties',
  'density',
  'components',
  'largest_component_share',
  'average_path_length',
  'average_degree',
  'ei_index',
  'cross_sector_ties',
  'cross_sector_share',
];

/**
 * Before / after: the networks on two days compared. A tie is new when it is active on the
 * later day and was not on the earlier one (a tie that ended and restarted in between, and is
 * active on both days, is not new); an actor is new when present on the later day only.
 * Measures come from series() on both snapshots, so they follow the same definitions.
 */
export function compareDates(
  data: TimelineData,
  before: string,
  after: string,
  measures: readonly SeriesMeasure[] = KEY_MEASURES,
  options: SnapshotOptions = {},
): BeforeAfter {
  const first = snapshotAt(data, before, options);
  const second = snapshotAt(data, after, options);
  const tiesBefore = new Set<string>(first.ties.map((tie) => tie.id));
  const tiesAfter = new Set<string>(second.ties.map((tie) => tie.id));
  const actorsBefore = new Set<string>(first.actors.map((actor) => actor.id));
  const actorsAfter = new Set<string>(second.actors.map((actor) => actor.id));
  const pointMeasures = measures.filter(
    (name) => name !== 'ties_formed' && name !== 'ties_ended' && name !== 'new_alliances',
  );
  const [rowBefore, rowAfter] = series(
    data,
    [
      { label: before, start: before, end: after },
      { label: after, start: after, end: null },
    ],
    pointMeasures,
    options,
  );
  const names = Object.keys(rowBefore!.values);
  return {
    before,
    after,
    newTies: second.ties.filter((tie) => !tiesBefore.has(tie.id)),
    endedTies: first.ties.filter((tie) => !tiesAfter.has(tie.id)),
    newActors: [...actorsAfter].filter((actor) => !actorsBefore.has(actor)).sort(),
    actorsGone: [...actorsBefore].filter((actor) => !actorsAfter.has(actor)).sort(),
    measures: names.map((name) =>
      measureChange(name, rowBefore!.values[name] ?? null, rowAfter!.values[name] ?? null),
    ),
  };
}

export function measureChange(
  measure: string,
  before: number | null,
  after: number | null,
): MeasureChange {
  if (before === null || after === null) {
    return { measure, before, after, change: null, relativeChange: null, direction: null };
  }
  const change = after - before;
  return {
    measure,
    before,
    after,
    change,
    relativeChange: before === 0 ? null : change / Math.abs(before),
    direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same',
  };
}
