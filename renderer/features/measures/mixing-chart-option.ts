import type { EChartsCoreOption } from 'echarts/core';
import type { MixingMatrix } from '../../../shared/metrics/groups/mixing-matrix.ts';

/**
 * The ECharts option of the sector mixing heatmap: rows (y) are senders' sectors, columns (x)
 * receivers'; the first row is drawn on top, as in the matrix. Pure, so it can be tested.
 */
export function mixingChartOption(
  mixing: MixingMatrix,
  names: readonly string[],
  describe: (row: string, column: string, count: number) => string,
): EChartsCoreOption {
  const cells: [number, number, number][] = [];
  let largest = 0;
  mixing.ties.forEach((row, i) =>
    row.forEach((count, j) => {
      cells.push([j, i, count]);
      largest = Math.max(largest, count);
    }),
  );
  return {
    animation: false,
    tooltip: {
      formatter: (params: { value: [number, number, number] }) => {
        const [j, i, count] = params.value;
        return describe(names[i] ?? '', names[j] ?? '', count);
      },
    },
    grid: { left: 8, right: 8, top: 8, bottom: 60, containLabel: true },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30, fontSize: 12 } },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisLabel: { interval: 0, fontSize: 12 },
    },
    visualMap: {
      min: 0,
      max: Math.max(1, largest),
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#f4f7fb', '#0072b2'] },
    },
    series: [{ type: 'heatmap', data: cells, label: { show: true, fontSize: 12 } }],
  };
}
