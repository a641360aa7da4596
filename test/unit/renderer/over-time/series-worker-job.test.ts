import { describe, expect, it } from 'vitest';
import { runSeriesJob } from '../../../../renderer/workers/run-series-job.ts';
import { SeriesRequest, SeriesResponse } from '../../../../renderer/workers/series-messages.ts';
import { compareDates } from '../../../../shared/temporal/before-after.ts';
import { convenerDependence } from '../../../../shared/temporal/convener-dependence.ts';
import { meetingTies } from '../../../../shared/temporal/meeting-ties.ts';
import { memberTieGains } from '../../../../shared/temporal/member-gains.ts';
import { periodsByYear } from '../../../../shared/temporal/periods.ts';
import { SERIES_MEASURES } from '../../../../shared/temporal/series-measures.ts';
import { series } from '../../../../shared/temporal/series.ts';
import { tieChangesByPeriod } from '../../../../shared/temporal/tie-changes.ts';
import { readSampleTimeline } from '../../shared/temporal/sample-timeline.ts';

const data = readSampleTimeline();
const years = periodsByYear('2017-01-01', '2020-12-31');

/** Runs a job and checks its answer against the worker's answer schema, as the page does. */
function run(job: Parameters<typeof runSeriesJob>[0]) {
  const progress: [number, number][] = [];
  const answer = runSeriesJob(job, (done, total) => progress.push([done, total]));
  return { answer: SeriesResponse.parse(answer), progress };
}

describe('the series worker’s jobs on the sample project', () => {
  it('gives the series of shared/temporal, period by period, with progress', () => {
    const { answer, progress } = run({
      task: 'series',
      id: 7,
      data,
      periods: years,
      measures: [...SERIES_MEASURES],
      snapshot: 'period',
    });
    if (answer.kind !== 'series') throw new Error(answer.kind);
    expect(answer.id).toBe(7);
    expect(answer.result.rows).toEqual(
      series(data, years, SERIES_MEASURES, { snapshot: 'period' }),
    );
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    const changes = tieChangesByPeriod(data, years);
    expect(answer.result.changes.map((period) => [period.formed, period.ended])).toEqual(
      changes.map((period) => [period.formed, period.ended]),
    );
    // Every new alliance is a formation, so there are never more alliances than formations.
    answer.result.alliances.forEach((period, index) =>
      expect(period.total).toBeLessThanOrEqual(changes[index]!.formed),
    );
  });

  it('compares two dates with the lists as tie ids and the dated indicators', () => {
    const { answer } = run({
      task: 'compare',
      id: 1,
      data,
      before: '2018-01-15',
      after: '2020-07-01',
    });
    if (answer.kind !== 'compare') throw new Error(answer.kind);
    const expected = compareDates(data, '2018-01-15', '2020-07-01');
    expect(answer.result.newTies).toEqual(expected.newTies.map((tie) => tie.id));
    expect(answer.result.endedTies).toEqual(expected.endedTies.map((tie) => tie.id));
    expect(answer.result.newActors).toEqual(expected.newActors);
    expect(answer.result.measures).toEqual(expected.measures);
    expect(answer.result.memberGains).toEqual(memberTieGains(data, '2018-01-15', '2020-07-01'));
    // docs/time.md: cross-sector ties 59 in early 2018.
    expect(answer.result.crossSector.before.crossSector).toBe(59);
    expect(answer.result.reach.after.fromSector).toBe('cso');
  });

  it('weighs the convener on each date, and says when it is absent rather than failing', () => {
    const { answer } = run({
      task: 'convener',
      id: 2,
      data,
      actor: 'a001',
      dates: ['2018-01-01', '2020-06-01', '2010-01-01'],
    });
    if (answer.kind !== 'convener') throw new Error(answer.kind);
    const [early, late, absent] = answer.result.byDate;
    expect(early!.dependence).toEqual(convenerDependence(data, 'a001', '2018-01-01'));
    // docs/time.md: without the convener the 2018 network breaks into 8 parts, mid-2020 into 2.
    expect(early!.dependence!.without.components).toBe(8);
    expect(late!.dependence!.without.components).toBe(2);
    expect(absent).toEqual({ date: '2010-01-01', dependence: null });
  });

  it('answers the meeting question as meetingTies does', () => {
    const { answer } = run({ task: 'meeting', id: 3, data, windows: [6, 12] });
    if (answer.kind !== 'meeting') throw new Error(answer.kind);
    expect(answer.result).toEqual(meetingTies(data, { windows: [6, 12] }));
  });

  it('refuses a request with an unknown measure or a bad date', () => {
    const base = { id: 1, data, periods: years, snapshot: 'start' };
    expect(
      SeriesRequest.safeParse({ ...base, task: 'series', measures: ['density'] }).success,
    ).toBe(true);
    expect(SeriesRequest.safeParse({ ...base, task: 'series', measures: ['magic'] }).success).toBe(
      false,
    );
    expect(
      SeriesRequest.safeParse({
        task: 'compare',
        id: 1,
        data,
        before: '2018-02-30',
        after: '2019-01-01',
      }).success,
    ).toBe(false);
  });
});
