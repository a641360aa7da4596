import { useTranslation } from 'react-i18next';
import type { MeasureChange } from '../../../shared/temporal/before-after.ts';
import { isSeriesMeasure } from '../../../shared/temporal/series-measures.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatMeasure } from '../measures/format-measure.ts';
import { formatChange, formatRelativeChange } from './format-change.ts';

const ARROWS = { up: '▲', down: '▼', same: '=' } as const;

interface MeasureChangeTableProps {
  measures: readonly MeasureChange[];
  before: string;
  after: string;
}

/** Each key measure on both days, with the direction and size of the change. */
export function MeasureChangeTable({ measures, before, after }: MeasureChangeTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table change-table" data-testid="measure-changes">
        <caption className="visually-hidden">{t('overTime.beforeAfter.measuresTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overTime.beforeAfter.measure')}</th>
            <th scope="col">{t('overTime.beforeAfter.before', { date: before })}</th>
            <th scope="col">{t('overTime.beforeAfter.after', { date: after })}</th>
            <th scope="col">{t('overTime.beforeAfter.change')}</th>
            <th scope="col">{t('overTime.beforeAfter.relative')}</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((row) => {
            const name = isSeriesMeasure(row.measure)
              ? t(`overTime.measures.names.${row.measure}.name`)
              : row.measure;
            const direction = row.direction ?? 'none';
            return (
              <tr key={row.measure} data-testid={`change-row-${row.measure}`}>
                <th
                  scope="row"
                  title={
                    isSeriesMeasure(row.measure)
                      ? t(`overTime.measures.names.${row.measure}.help`)
                      : undefined
                  }
                >
                  {name}
                </th>
                <td className="number">{formatMeasure(row.before, language)}</td>
                <td className="number">{formatMeasure(row.after, language)}</td>
                <td className={`number change change--${direction}`} data-direction={direction}>
                  {row.direction && (
                    <span aria-hidden="true" className="change__arrow">
                      {ARROWS[row.direction]}
                    </span>
                  )}{' '}
                  {formatChange(row.change, language)}
                  <span className="visually-hidden">
                    {' '}
                    ({t(`overTime.beforeAfter.direction.${direction}`)})
                  </span>
                </td>
                <td className="number">{formatRelativeChange(row.relativeChange, language)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
