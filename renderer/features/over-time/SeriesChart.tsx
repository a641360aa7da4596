import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesRow } from '../../../shared/temporal/series.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatMeasure } from '../measures/format-measure.ts';
import { legendHeight, lineChartOption } from './chart-options.ts';
import type { SeriesColumn } from './series-table.ts';
import { useChart } from './useChart.ts';

interface SeriesChartProps {
  /** The columns of one measure: one line each (several for the communities' densities). */
  columns: readonly SeriesColumn[];
  rows: readonly SeriesRow[];
  categories: readonly string[];
  /** The name of one line in the legend (for a community's density: the community). */
  lineName: (column: SeriesColumn) => string;
}

/** One measure over the periods as an ECharts line chart, described for screen readers. */
export function SeriesChart({ columns, rows, categories, lineName }: SeriesChartProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const measure = columns[0]!.measure;
  const name = t(`overTime.measures.names.${measure}.name`);
  const lines = columns.map((column) => ({
    name: lineName(column),
    values: rows.map((row) => row.values[column.key] ?? null),
  }));
  const linesKey = JSON.stringify(lines);
  const categoriesKey = categories.join('\n');
  const option = useMemo(() => {
    // Rebuilt from the keys: a new array with the same numbers does not redraw the chart.
    const series = JSON.parse(linesKey) as typeof lines;
    const labels = categoriesKey.split('\n');
    const points = series
      .map((line) =>
        line.values.map((value, i) => `${labels[i]} ${formatMeasure(value, language)}`).join(', '),
      )
      .join('; ');
    return lineChartOption({
      categories: labels,
      series,
      description: t('overTime.series.chartPoints', { measure: name, points }),
      format: (value) => formatMeasure(value, language),
    });
  }, [linesKey, categoriesKey, name, language, t]);
  const element = useChart(option);
  return (
    <figure className="series-chart" data-testid={`series-chart-${measure}`}>
      <figcaption title={t(`overTime.measures.names.${measure}.help`)}>
        <strong>{name}</strong>
        <span className="muted">{t(`overTime.measures.names.${measure}.help`)}</span>
      </figcaption>
      <div
        ref={element}
        className="series-chart__canvas"
        role="img"
        aria-label={t('overTime.series.chartLabel', { measure: name })}
        style={{ height: `${220 + legendHeight(columns.length)}px` }}
      />
    </figure>
  );
}
