import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { init, use as registerChartParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MixingMatrix } from '../../../shared/metrics/groups/mixing-matrix.ts';
import { mixingChartOption } from './mixing-chart-option.ts';

registerChartParts([
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

interface MixingHeatmapProps {
  mixing: MixingMatrix;
  sectorName: (key: string) => string;
}

/** Ties between each pair of sectors as a heatmap (ECharts, SVG), with the numbers in cells. */
export function MixingHeatmap({ mixing, sectorName }: MixingHeatmapProps) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const names = mixing.sectors.map(sectorName);
  // Sector names joined: a stable dependency, so the chart is drawn again only when they change.
  const namesKey = names.join('\n');
  const option = useMemo(
    () =>
      mixingChartOption(mixing, namesKey.split('\n'), (row, column, count) =>
        t('measures.mixing.cell', { row, column, count }),
      ),
    [mixing, namesKey, t],
  );

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

  return (
    <section className="measures-panel" aria-labelledby="measures-mixing-title">
      <h2 id="measures-mixing-title" title={t('measures.mixing.help')}>
        {t('measures.mixing.title')}
      </h2>
      <p className="muted">{t('measures.mixing.help')}</p>
      {mixing.sectors.length === 0 ? (
        <p className="empty-state">{t('measures.mixing.empty')}</p>
      ) : (
        <div
          ref={element}
          className="mixing-heatmap"
          role="img"
          aria-label={t('measures.mixing.title')}
          data-testid="mixing-heatmap"
          style={{ height: `${Math.max(260, 60 + names.length * 40)}px` }}
        />
      )}
      {mixing.unclassified > 0 && (
        <p className="muted">{t('measures.mixing.unclassified', { count: mixing.unclassified })}</p>
      )}
    </section>
  );
}
