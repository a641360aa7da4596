import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { use as registerChartParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// The parts of ECharts the Over time screen draws with; the rest stays out of the bundle.
registerChartParts([
  LineChart,
  BarChart,
  HeatmapChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);
