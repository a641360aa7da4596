import { init, type EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import './echarts-parts.ts';

/**
 * Draws an ECharts option (SVG) into the returned element and keeps it sized to it. The chart
 * is drawn again only when the option object changes, so pass a memoised one.
 */
export function useChart(option: EChartsCoreOption) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = init(element.current, null, { renderer: 'svg' });
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return element;
}
