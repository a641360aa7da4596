import { MeasureError } from '../../shared/metrics/measure-error.ts';
import { compareDates } from '../../shared/temporal/before-after.ts';
import { convenerDependence } from '../../shared/temporal/convener-dependence.ts';
import { crossSectorShare } from '../../shared/temporal/cross-sector-share.ts';
import { meetingTies } from '../../shared/temporal/meeting-ties.ts';
import { memberTieGains } from '../../shared/temporal/member-gains.ts';
import { newAlliances } from '../../shared/temporal/new-alliances.ts';
import type { Period } from '../../shared/temporal/periods.ts';
import { sectorReach } from '../../shared/temporal/sector-reach.ts';
import type { SeriesMeasure } from '../../shared/temporal/series-measures.ts';
import { series } from '../../shared/temporal/series.ts';
import { snapshotAt } from '../../shared/temporal/snapshots.ts';
import { tieChangesByPeriod } from '../../shared/temporal/tie-changes.ts';
import type { TimelineData } from '../../shared/temporal/timeline-data.ts';
import type { SeriesResponse } from './series-messages.ts';
import type { CompareResult, ConvenerResult, SeriesResult } from './series-schemas.ts';

interface JobBase {
  id: number;
  data: TimelineData;
}

/** A parsed request of the series worker (the measure names already checked). */
export type SeriesJob = JobBase &
  (
    | { task: 'series'; periods: Period[]; measures: SeriesMeasure[]; snapshot: 'start' | 'period' }
    | { task: 'compare'; before: string; after: string }
    | { task: 'convener'; actor: string; dates: string[] }
    | { task: 'meeting'; windows: number[] }
  );

/**
 * One job of the series worker, as a plain function so it can be tested without a worker.
 * Every number comes from shared/temporal, so the screen, the CLI and the tests agree.
 * A MeasureError becomes a translatable `failed` answer; anything else is a bug and is thrown.
 */
export function runSeriesJob(
  job: SeriesJob,
  report: (done: number, total: number) => void,
): SeriesResponse {
  try {
    switch (job.task) {
      case 'series':
        return { kind: 'series', id: job.id, result: seriesResult(job, report) };
      case 'compare':
        return { kind: 'compare', id: job.id, result: compareResult(job.data, job) };
      case 'convener':
        return { kind: 'convener', id: job.id, result: convenerResult(job.data, job) };
      case 'meeting':
        return {
          kind: 'meeting',
          id: job.id,
          result: meetingTies(job.data, { windows: job.windows }),
        };
    }
  } catch (error) {
    if (error instanceof MeasureError) {
      return { kind: 'failed', id: job.id, error: { code: error.code, params: error.params } };
    }
    throw error;
  }
}

function seriesResult(
  job: Extract<SeriesJob, { task: 'series' }>,
  report: (done: number, total: number) => void,
): SeriesResult {
  const rows = series(job.data, job.periods, job.measures, {
    snapshot: job.snapshot,
    onProgress: report,
  });
  const changes = tieChangesByPeriod(job.data, job.periods).map((period) => ({
    formed: period.formed,
    ended: period.ended,
    formedMatrix: period.formedMatrix,
    endedMatrix: period.endedMatrix,
  }));
  const alliances = job.periods.map((period) => newAlliances(job.data, period));
  return { rows, changes, alliances };
}

function compareResult(
  data: TimelineData,
  { before, after }: { before: string; after: string },
): CompareResult {
  const compared = compareDates(data, before, after);
  const ids = (ties: readonly { id: string }[]) => ties.map((tie) => tie.id);
  const first = snapshotAt(data, before);
  const second = snapshotAt(data, after);
  return {
    before,
    after,
    newTies: ids(compared.newTies),
    endedTies: ids(compared.endedTies),
    newActors: compared.newActors,
    actorsGone: compared.actorsGone,
    measures: compared.measures,
    crossSector: { before: crossSectorShare(first), after: crossSectorShare(second) },
    reach: { before: sectorReach(first), after: sectorReach(second) },
    alliances: newAlliances(data, { label: before, start: before, end: after }),
    memberGains: memberTieGains(data, before, after),
  };
}

/** The convener's weight on each day; a day it is not present on gives null, not a failure. */
function convenerResult(
  data: TimelineData,
  { actor, dates }: { actor: string; dates: string[] },
): ConvenerResult {
  return {
    actor,
    byDate: dates.map((date) => {
      try {
        return { date, dependence: convenerDependence(data, actor, date) };
      } catch (error) {
        if (error instanceof MeasureError && error.code === 'measure.unknownActor') {
          return { date, dependence: null };
        }
        throw error;
      }
    }),
  };
}
