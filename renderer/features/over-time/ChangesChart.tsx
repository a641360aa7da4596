import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatMeasure } from '../measures/format-measure.ts';
import type { SeriesResult } from '../../workers/series-schemas.ts';
import { barChartOption } from './chart-options.ts';
import { useChart } from './useChart.ts';

interface ChangesChartProps {
  result: SeriesResult;
  categories: readonly string[];
}

/** Ties formed and ended in each period as bars side by side, with the table of the counts. */
export function ChangesChart({ result, categories }: ChangesChartProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formedName = t('overTime.changes.formed');
  const endedName = t('overTime.changes.ended');
  const alliancesName = t('overTime.measures.names.new_alliances.name');
  const option = useMemo(() => {
    const formed = result.changes.map((period) => period.formed);
    const ended = result.changes.map((period) => period.ended);
    const points = categories
      .map((label, i) => `${label}: ${formedName} ${formed[i]}, ${endedName} ${ended[i]}`)
      .join('; ');
    return barChartOption({
      categories,
      series: [
        { name: formedName, values: formed },
        { name: endedName, values: ended },
      ],
      description: `${t('overTime.changes.chartLabel')}. ${points}.`,
      format: (value) => formatMeasure(value, language),
    });
  }, [result, categories, formedName, endedName, language, t]);
  const element = useChart(option);
  return (
    <div className="changes-layout">
      <div
        ref={element}
        className="series-chart__canvas"
        role="img"
        aria-label={t('overTime.changes.chartLabel')}
        data-testid="changes-chart"
      />
      <table className="data-table" data-testid="changes-table">
        <caption className="visually-hidden">{t('overTime.changes.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overTime.series.period')}</th>
            <th scope="col">{formedName}</th>
            <th scope="col">{endedName}</th>
            <th scope="col" title={t('time.indicators.newAlliances')}>
              {alliancesName}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.changes.map((period, i) => (
            <tr key={result.rows[i]?.period.start ?? i} data-testid="changes-row">
              <th scope="row">{result.rows[i]?.period.label}</th>
              <td className="number">{period.formed}</td>
              <td className="number">{period.ended}</td>
              <td className="number">{result.alliances[i]?.total ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
