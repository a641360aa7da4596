import { useTranslation } from 'react-i18next';
import type { MeasureChange } from '../../../shared/temporal/before-after.ts';
import { isSeriesMeasure } from '../../../shared/temporal/series-measures.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { downloadCsv } from '../measures/download-table.ts';
import { formatMeasure } from '../measures/format-measure.ts';
import { formatChange } from '../over-time/format-change.ts';
import { measureTableExport } from './report-model.ts';

const ARROWS = { up: '▲', down: '▼', same: '=' } as const;

interface ReportMeasuresProps {
  rows: readonly MeasureChange[];
  before: string;
  after: string;
}

/** The key measures on both dates with the direction of change, and their CSV download. */
export function ReportMeasures({ rows, before, after }: ReportMeasuresProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const name = (measure: string) =>
    isSeriesMeasure(measure) ? t(`overTime.measures.names.${measure}.name`) : measure;
  const directionName = (direction: MeasureChange['direction']) =>
    t(`overTime.beforeAfter.direction.${direction ?? 'none'}`);
  const download = () =>
    downloadCsv(
      measureTableExport(rows, {
        measure: t('report.measures.measure'),
        before: t('report.measures.before', { date: before }),
        after: t('report.measures.after', { date: after }),
        change: t('report.measures.change'),
        direction: t('report.measures.direction'),
        name,
        directionName,
      }),
      `${t('report.fileName')}-${before}-${after}`,
    );
  return (
    <section className="report-measures" aria-labelledby="report-measures-title">
      <div className="report-section-head">
        <h2 id="report-measures-title">{t('report.measures.title')}</h2>
        <button
          type="button"
          className="button screen-only"
          onClick={download}
          data-testid="report-csv"
        >
          {t('report.downloadCsv')}
        </button>
      </div>
      <table className="data-table report-table" data-testid="report-measures">
        <thead>
          <tr>
            <th scope="col">{t('report.measures.measure')}</th>
            <th scope="col">{t('report.measures.before', { date: before })}</th>
            <th scope="col">{t('report.measures.after', { date: after })}</th>
            <th scope="col">{t('report.measures.change')}</th>
            <th scope="col">{t('report.measures.direction')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.measure}
              data-testid={`report-measure-${row.measure}`}
              data-before={row.before ?? ''}
              data-after={row.after ?? ''}
            >
              <th scope="row">{name(row.measure)}</th>
              <td className="number">{formatMeasure(row.before, language)}</td>
              <td className="number">{formatMeasure(row.after, language)}</td>
              <td className="number">{formatChange(row.change, language)}</td>
              <td data-direction={row.direction ?? 'none'}>
                {row.direction && <span aria-hidden="true">{ARROWS[row.direction]} </span>}
                {directionName(row.direction)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
