import type { EChartsCoreOption } from 'echarts/core';

/** Okabe–Ito colours: told apart by people with the common forms of colour blindness. */
export const CHART_COLOURS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#000000',
];

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

interface ChartInput {
  /** One label per point along the horizontal axis. */
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** What a screen reader says about the chart (ECharts aria). */
  description: string;
  /** Label the value axis in percent (shares between 0 and 1), starting at 0. */
  percent?: boolean;
  /** How a value reads in the tooltip. */
  format: (value: number | null) => string;
}

/** Pixels the vertical legend of `lines` entries takes under a chart. */
export function legendHeight(lines: number): number {
  return lines > 1 ? lines * 18 + 8 : 0;
}

/** 'list': one legend entry per line under the chart, for long names; 'row': side by side. */
type LegendLayout = 'list' | 'row';

function common(input: ChartInput, layout: LegendLayout): EChartsCoreOption {
  const several = input.series.length > 1;
  const axisFormat = input.percent ? (value: number) => `${Math.round(value * 100)}%` : undefined;
  return {
    animation: false,
    color: CHART_COLOURS,
    aria: { enabled: true, label: { description: input.description } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number | null) => input.format(value ?? null),
    },
    // A list legend cuts long names (the tooltip and the table give them whole).
    legend:
      layout === 'list'
        ? {
            show: several,
            bottom: 0,
            left: 0,
            orient: 'vertical',
            itemGap: 4,
            textStyle: { fontSize: 12, width: 300, overflow: 'truncate' },
          }
        : { show: several, bottom: 0, textStyle: { fontSize: 13 } },
    grid: {
      left: 8,
      right: 16,
      top: 16,
      bottom: !several ? 8 : layout === 'list' ? legendHeight(input.series.length) + 8 : 40,
      containLabel: true,
    },
    xAxis: {
      type: 'category',
      data: input.categories,
      axisLabel: { fontSize: 12, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      // Shares start at 0 but are not stretched to 100 %: small shares must stay readable.
      ...(input.percent ? { min: 0 } : {}),
      axisLabel: { fontSize: 12, ...(axisFormat ? { formatter: axisFormat } : {}) },
    },
  };
}

/**
 * A line per series over the periods: how a measure moved. Missing values leave a gap; the
 * legend lists the lines one per row (they can have long names, like learning communities).
 */
export function lineChartOption(input: ChartInput): EChartsCoreOption {
  return {
    ...common(input, 'list'),
    series: input.series.map((line) => ({
      type: 'line',
      name: line.name,
      data: line.values,
      symbol: 'circle',
      symbolSize: 9,
      lineStyle: { width: 3 },
      connectNulls: false,
    })),
  };
}

/** Bars side by side for each category: counts or shares to compare. */
export function barChartOption(input: ChartInput): EChartsCoreOption {
  return {
    ...common(input, 'row'),
    series: input.series.map((bars) => ({
      type: 'bar',
      name: bars.name,
      data: bars.values,
      barMaxWidth: 36,
    })),
  };
}
