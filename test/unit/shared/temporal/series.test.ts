import { describe, expect, it } from 'vitest';
import { compareDates } from '../../../../shared/temporal/before-after.ts';
import { periodsFromDates } from '../../../../shared/temporal/periods.ts';
import { series } from '../../../../shared/temporal/series.ts';
import { small } from './small-timeline.ts';

describe('series', () => {
  it('measures the network on each period start like a hand count', () => {
    // 2018-06-01: a, b, c, d tied by t1, t2, t4 in a path a–b–c–d; e present as a member only.
    const [row] = series(small, periodsFromDates(['2018-06-01', '2019-01-01']));
    const values = row!.values;
    expect(values.actors).toBe(5);
    expect(values.ties).toBe(3);
    expect(values.density).toBeCloseTo(3 / 10, 12);
    expect(values.components).toBe(2);
    expect(values.largest_component_share).toBeCloseTo(4 / 5, 12);
    expect(values.average_path_length).toBeCloseTo(10 / 6, 12);
    expect(values.average_degree).toBeCloseTo(6 / 5, 12);
    expect(values.cross_sector_ties).toBe(2);
    expect(values.cross_sector_share).toBeCloseTo(2 / 3, 12);
    expect(values.ei_index).toBeCloseTo(1 / 3, 12);
    // [2018-06-01, 2019-01-01): t2, t4, t5 form (only t2 and t4 join pairs not yet tied);
    // t3 ends on 2018-06-01, inside; t1 and t4 end on 2019-01-01, the next period's first day.
    expect([values.ties_formed, values.ties_ended, values.new_alliances]).toEqual([3, 1, 2]);
    expect(values.group_density_g1).toBeNull();
  });

  it('gives equal rows for equal snapshots and only the measures asked for', () => {
    const rows = series(small, periodsFromDates(['2019-02-01', '2019-03-01']), ['ties', 'density']);
    expect(rows.map((row) => row.values)).toEqual([
      { ties: 3, density: 1 },
      { ties: 3, density: 1 },
    ]);
  });
});

describe('series progress', () => {
  it('reports each period measured, with the total, in order', () => {
    const calls: [number, number][] = [];
    const periods = periodsFromDates(['2018-01-01', '2018-06-01', '2019-01-01']);
    series(small, periods, ['ties'], { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});

describe('before and after', () => {
  it('lists new and ended ties, new and gone actors and the change of each measure', () => {
    const result = compareDates(small, '2018-05-31', '2019-01-01', ['ties', 'components']);
    expect(result.newTies.map((tie) => tie.id)).toEqual(['t2', 't5']);
    // t3 ended and restarted in between, but is active on both days: neither new nor ended.
    expect(result.endedTies.map((tie) => tie.id)).toEqual(['t1']);
    expect(result.newActors).toEqual([]);
    expect(result.actorsGone).toEqual(['e']);
    expect(result.measures).toEqual([
      { measure: 'ties', before: 2, after: 3, change: 1, relativeChange: 0.5, direction: 'up' },
      {
        measure: 'components',
        before: 2,
        after: 1,
        change: -1,
        relativeChange: -0.5,
        direction: 'down',
      },
    ]);
  });
});
