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
  /** Show values as percentages (shares between 0 and 1). */
  percent?: boolean;
  /** How a value reads in the tooltip. */
  format: (value: number | null) => string;
}

function common(input: ChartInput): EChartsCoreOption {
  const axisFormat = input.percent ? (value: number) => `${Math.round(value * 100)}%` : undefined;
  return {
    animation: false,
    color: CHART_COLOURS,
    aria: { enabled: true, label: { description: input.description } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number | null) => input.format(value ?? null),
    },
    legend: { show: input.series.length > 1, bottom: 0, textStyle: { fontSize: 13 } },
    grid: {
      left: 8,
      right: 16,
      top: 16,
      bottom: input.series.length > 1 ? 40 : 8,
      containLabel: true,
    },
    xAxis: {
      type: 'category',
      data: input.categories,
      axisLabel: { fontSize: 12, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      ...(input.percent ? { min: 0, max: 1 } : {}),
      axisLabel: { fontSize: 12, ...(axisFormat ? { formatter: axisFormat } : {}) },
    },
  };
}

/** A line per series over the periods: how a measure moved. Missing values leave a gap. */
export function lineChartOption(input: ChartInput): EChartsCoreOption {
  return {
    ...common(input),
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
    ...common(input),
    series: input.series.map((bars) => ({
      type: 'bar',
      name: bars.name,
      data: bars.values,
      barMaxWidth: 36,
    })),
  };
}
