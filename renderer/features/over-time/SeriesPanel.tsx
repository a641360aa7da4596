import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesMeasure } from '../../../shared/temporal/series-measures.ts';
import type { SeriesRow } from '../../../shared/temporal/series.ts';
import { downloadCsv } from '../measures/download-table.ts';
import { MeasureChooser } from './MeasureChooser.tsx';
import type { PeriodKind } from './period-choice.ts';
import { SeriesChart } from './SeriesChart.tsx';
import { chartsOf, periodAxisLabel, seriesColumns, seriesExportTable } from './series-table.ts';
import { SeriesTable } from './SeriesTable.tsx';
import { useColumnTitles } from './useColumnTitles.ts';

interface SeriesPanelProps {
  rows: readonly SeriesRow[] | null;
  kind: PeriodKind;
  measures: readonly SeriesMeasure[];
  onMeasuresChange: (measures: SeriesMeasure[]) => void;
  groupName: (id: string) => string;
}

/** The chosen measures per period: a line chart each, the table of the same numbers, CSV. */
export function SeriesPanel(props: SeriesPanelProps) {
  const { rows, kind, measures, onMeasuresChange, groupName } = props;
  const { t } = useTranslation();
  const { title, help } = useColumnTitles(groupName);
  const columns = useMemo(() => (rows ? seriesColumns(rows) : []), [rows]);
  const categories = useMemo(
    () => (rows ?? []).map((row) => periodAxisLabel(row.period, kind)),
    [rows, kind],
  );
  const exportCsv = () => {
    if (!rows) return;
    const table = seriesExportTable(rows, columns, {
      period: t('overTime.series.period'),
      from: t('overTime.series.from'),
      until: t('overTime.series.until'),
      column: title,
    });
    downloadCsv(table, t('overTime.series.fileName'));
  };
  return (
    <>
      <MeasureChooser chosen={measures} onChange={onMeasuresChange} />
      {measures.length === 0 ? (
        <p className="empty-state">{t('overTime.series.noMeasures')}</p>
      ) : (
        rows && (
          <div className="series-layout">
            <section className="measures-panel" aria-labelledby="series-charts-title">
              <h2 id="series-charts-title">{t('overTime.series.title')}</h2>
              <p className="muted">{t('overTime.series.help')}</p>
              <div className="series-charts" data-testid="series-charts">
                {chartsOf(columns).map((chart) => (
                  <SeriesChart
                    key={chart[0]!.measure}
                    columns={chart}
                    rows={rows}
                    categories={categories}
                    lineName={(column) => (column.group ? groupName(column.group) : title(column))}
                  />
                ))}
              </div>
            </section>
            <section className="measures-panel" aria-labelledby="series-table-title">
              <div className="panel-heading">
                <h2 id="series-table-title">{t('overTime.series.tableTitle')}</h2>
                <button
                  type="button"
                  className="button"
                  data-testid="series-export-csv"
                  onClick={exportCsv}
                >
                  {t('overTime.series.exportCsv')}
                </button>
              </div>
              <SeriesTable rows={rows} columns={columns} title={title} help={help} />
            </section>
          </div>
        )
      )}
    </>
  );
}
