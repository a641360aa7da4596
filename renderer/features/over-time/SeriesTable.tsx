import { useTranslation } from 'react-i18next';
import type { SeriesRow } from '../../../shared/temporal/series.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatMeasure } from '../measures/format-measure.ts';
import { lastDayOf, type SeriesColumn } from './series-table.ts';

interface SeriesTableProps {
  rows: readonly SeriesRow[];
  columns: readonly SeriesColumn[];
  title: (column: SeriesColumn) => string;
  help: (column: SeriesColumn) => string;
}

/** The numbers behind the charts: one row per period, one column per measure. */
export function SeriesTable({ rows, columns, title, help }: SeriesTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table series-table" data-testid="series-table">
        <caption className="visually-hidden">{t('overTime.series.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overTime.series.period')}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" title={help(column)} data-column={column.key}>
                {title(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period.start} data-testid="series-row">
              <th scope="row">
                <span className="series-table__period">{row.period.label}</span>
                <span className="muted series-table__dates">
                  {row.period.start} – {lastDayOf(row.period) ?? t('overTime.periods.open')}
                </span>
              </th>
              {columns.map((column) => {
                const value = row.values[column.key] ?? null;
                return (
                  <td
                    key={column.key}
                    className="number"
                    data-column={column.key}
                    data-value={value ?? ''}
                  >
                    {formatMeasure(value, language)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
