import { describe, expect, it } from 'vitest';
import {
  pickedAlliances,
  pickedMatrix,
  sumMatrices,
  withoutEmptySectors,
} from '../../../../renderer/features/over-time/changes-view.ts';
import {
  barChartOption,
  legendHeight,
  lineChartOption,
} from '../../../../renderer/features/over-time/chart-options.ts';
import {
  formatChange,
  formatPoints,
  formatRelativeChange,
  formatShare,
} from '../../../../renderer/features/over-time/format-change.ts';
import {
  chartsOf,
  lastDayOf,
  periodAxisLabel,
  seriesColumns,
  seriesExportTable,
} from '../../../../renderer/features/over-time/series-table.ts';
import { runSeriesJob } from '../../../../renderer/workers/run-series-job.ts';
import { periodsFromDates } from '../../../../shared/temporal/periods.ts';
import type { SeriesRow } from '../../../../shared/temporal/series.ts';
import { small } from '../../shared/temporal/small-timeline.ts';

const rows: SeriesRow[] = [
  {
    period: { label: '2018', start: '2018-01-01', end: '2019-01-01' },
    date: '2018-01-01',
    values: { density: 0.5, group_density_g1: null, group_density_g2: 0.25, ties: 3 },
  },
  {
    period: { label: '2019', start: '2019-01-01', end: null },
    date: '2019-01-01',
    values: { density: 0.75, group_density_g1: 1, group_density_g2: 0.5, ties: 4 },
  },
];

describe('series columns', () => {
  it('reads the measures of the rows, a community density per group, in order', () => {
    const columns = seriesColumns(rows);
    expect(columns).toEqual([
      { key: 'density', measure: 'density', group: null },
      { key: 'group_density_g1', measure: 'group_density', group: 'g1' },
      { key: 'group_density_g2', measure: 'group_density', group: 'g2' },
      { key: 'ties', measure: 'ties', group: null },
    ]);
    // Every community's density shares one chart.
    expect(chartsOf(columns).map((chart) => chart.map((column) => column.key))).toEqual([
      ['density'],
      ['group_density_g1', 'group_density_g2'],
      ['ties'],
    ]);
    expect(seriesColumns([])).toEqual([]);
  });

  it('exports a row per period with its first and last day and full-precision numbers', () => {
    const columns = seriesColumns(rows);
    const table = seriesExportTable(rows, columns, {
      period: 'Period',
      from: 'First day',
      until: 'Last day',
      column: (column) => column.key,
    });
    expect(table.columns).toEqual([
      'Period',
      'First day',
      'Last day',
      'density',
      'group_density_g1',
      'group_density_g2',
      'ties',
    ]);
    expect(table.rows).toEqual([
      ['2018', '2018-01-01', '2018-12-31', 0.5, null, 0.25, 3],
      ['2019', '2019-01-01', null, 0.75, 1, 0.5, 4],
    ]);
  });

  it('names periods on the axis by name for years and waves, by first day otherwise', () => {
    const period = { label: 'CA1 · Encuentro', start: '2018-03-14', end: '2018-09-19' };
    expect(periodAxisLabel(period, 'wave')).toBe('CA1 · Encuentro');
    expect(periodAxisLabel(period, 'event')).toBe('2018-03-14');
    expect(lastDayOf(period)).toBe('2018-09-18');
    expect(lastDayOf({ ...period, end: null })).toBeNull();
  });
});

describe('sector-pair matrices', () => {
  it('adds matrices over different sectors and drops the empty ones', () => {
    const sum = sumMatrices([
      {
        sectors: ['cso', 'donor'],
        counts: [
          [1, 2],
          [2, 0],
        ],
      },
      {
        sectors: ['cso', 'donor', '-'],
        counts: [
          [0, 1, 1],
          [1, 0, 0],
          [1, 0, 0],
        ],
      },
    ]);
    expect(sum).toEqual({
      sectors: ['cso', 'donor', '-'],
      counts: [
        [1, 3, 1],
        [3, 0, 0],
        [1, 0, 0],
      ],
    });
    expect(
      withoutEmptySectors({
        sectors: ['a', 'b', 'c'],
        counts: [
          [1, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
        ],
      }),
    ).toEqual({ sectors: ['a'], counts: [[1]] });
  });

  it('picks one period or all of a series result', () => {
    const periods = periodsFromDates(['2018-01-01', '2018-06-01', '2019-01-01'], '2020-01-01');
    const answer = runSeriesJob(
      { task: 'series', id: 1, data: small, periods, measures: ['ties'], snapshot: 'start' },
      () => {},
    );
    if (answer.kind !== 'series') throw new Error(answer.kind);
    const result = answer.result;
    // [2018-06-01, 2019-01-01): t2 b–c and t4 c–d form (cso–government, donor–government),
    // t5 a–b forms too but joins a pair already tied by t1, so it is no new alliance.
    const second = pickedMatrix(result, 'formed', 1);
    expect(second.sectors).toEqual(['cso', 'government', 'donor']);
    expect(second.counts).toEqual([
      [1, 1, 0],
      [1, 0, 1],
      [0, 1, 0],
    ]);
    expect(pickedAlliances(result, 1).map((alliance) => alliance.tieId)).toEqual(['t2', 't4']);
    const all = pickedMatrix(result, 'ended', 'all');
    const total = result.changes.reduce((sum, period) => sum + period.ended, 0);
    const upper = all.counts.flatMap((row, i) => row.filter((_, j) => j >= i));
    expect(upper.reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(pickedAlliances(result, 'all')).toHaveLength(
      result.alliances.reduce((sum, period) => sum + period.total, 0),
    );
  });
});

describe('chart options', () => {
  const input = {
    categories: ['2018', '2019'],
    series: [{ name: 'Density', values: [0.5, null] }],
    description: 'Density by period: 2018 0.5, 2019 –.',
    format: (value: number | null) => String(value),
  };

  it('describes the chart for screen readers and leaves gaps for missing values', () => {
    const option = lineChartOption(input) as {
      aria: { enabled: boolean; label: { description: string } };
      legend: { show: boolean };
      series: { type: string; data: (number | null)[]; connectNulls: boolean }[];
    };
    expect(option.aria).toEqual({ enabled: true, label: { description: input.description } });
    expect(option.legend.show).toBe(false);
    expect(option.series).toMatchObject([{ type: 'line', data: [0.5, null], connectNulls: false }]);
  });

  it('shows a legend and percent labels for shares in bars', () => {
    const option = barChartOption({
      ...input,
      series: [
        { name: 'Met', values: [0.1, 0.2] },
        { name: 'Never met', values: [0.01, 0.02] },
      ],
      percent: true,
    }) as {
      legend: { show: boolean };
      yAxis: { min: number; axisLabel: { formatter: (value: number) => string } };
      series: { type: string }[];
    };
    expect(option.legend.show).toBe(true);
    expect(option.yAxis.min).toBe(0);
    expect(option.yAxis.axisLabel.formatter(0.25)).toBe('25%');
    expect(option.series.map((bars) => bars.type)).toEqual(['bar', 'bar']);
    expect(legendHeight(1)).toBe(0);
    expect(legendHeight(3)).toBeGreaterThan(legendHeight(2));
  });
});

describe('change formats', () => {
  it('writes signs, shares and percentage points as people read them', () => {
    expect(formatChange(2, 'en')).toBe('+2');
    expect(formatChange(-0.05, 'en')).toBe('−0.05');
    expect(formatChange(0, 'en')).toBe('0');
    expect(formatChange(null, 'en')).toBe('–');
    expect(formatShare(0.125, 'en')).toBe('12.5%');
    expect(formatShare(null, 'es')).toBe('–');
    expect(formatRelativeChange(-0.1, 'en')).toBe('−10%');
    expect(formatPoints(0.259259, 'en')).toBe('+25.9');
    expect(formatPoints(-0.352593, 'es')).toBe('−35.3');
  });
});
