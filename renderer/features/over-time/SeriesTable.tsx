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

/**
 * The numbers behind the charts, one row per measure and one column per period: narrow
 * enough to sit beside the charts, read across like the lines. (The CSV has a row per period.)
 */
export function SeriesTable({ rows, columns, title, help }: SeriesTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table series-table" data-testid="series-table">
        <caption className="visually-hidden">{t('overTime.series.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overTime.beforeAfter.measure')}</th>
            {rows.map((row) => (
              <th
                key={row.period.start}
                scope="col"
                data-testid="series-period"
                title={`${row.period.start} – ${lastDayOf(row.period) ?? t('overTime.periods.open')}`}
              >
                {row.period.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.key} data-testid="series-measure-row" data-column={column.key}>
              <th scope="row" title={help(column)}>
                {title(column)}
              </th>
              {rows.map((row) => {
                const value = row.values[column.key] ?? null;
                return (
                  <td
                    key={row.period.start}
                    className="number"
                    data-period={row.period.label}
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
