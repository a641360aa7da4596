import { useTranslation } from 'react-i18next';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatChange } from '../over-time/format-change.ts';
import { JobStatus } from '../over-time/JobStatus.tsx';
import type { TwoDates } from '../over-time/screen-defaults.ts';
import { CONVENER_ROWS, useConvenerJob } from '../over-time/useConvenerJob.ts';
import { Outcome } from './ReportOutcomes.tsx';

interface ReportConvenerProps {
  data: TimelineData;
  dates: TwoDates;
  actor: string;
  onActorChange: (actor: string) => void;
}

/**
 * How much the network leans on the convener on each date: the change in cohesion when it
 * is removed (the Over-time screen's convener job). The actor picker hides in print.
 */
export function ReportConvener({ data, dates, actor, onActorChange }: ReportConvenerProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { state, cancel, restart, options, result } = useConvenerJob(data, dates, actor);
  const name = data.actors.find((item) => item.id === actor)?.name ?? actor;
  return (
    <Outcome
      title={t('report.convener.title')}
      definition={t('time.indicators.convenerDependence')}
    >
      <div className="screen-only">
        <SelectField
          id="report-convener"
          label={t('report.convener.actor')}
          value={actor}
          options={options}
          onChange={onActorChange}
          hint={t('report.convener.hint')}
          emptyOption={t('report.convener.choose')}
        />
        <JobStatus
          state={state}
          onCancel={cancel}
          onRestart={restart}
          testId="report-convener-status"
        />
      </div>
      {actor === '' && <p className="muted">{t('report.convener.choose')}</p>}
      {result && (
        <>
          <p className="print-only">
            {t('report.convener.actor')}: {name}
          </p>
          <table className="data-table report-table" data-testid="report-convener-table">
            <thead>
              <tr>
                <th scope="col">{t('report.convener.measure')}</th>
                {result.byDate.map(({ date }) => (
                  <th scope="col" key={date}>
                    {t('report.convener.changeOn', { date })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {CONVENER_ROWS.map(([key, label]) => (
                <tr key={key} data-testid={`report-convener-${key}`}>
                  <th scope="row">{t(`overTime.indicators.convener.${label}`)}</th>
                  {result.byDate.map(({ date, dependence }) => (
                    <td className="number" key={date} data-value={dependence?.change[key] ?? ''}>
                      {dependence === null
                        ? t('report.convener.absent')
                        : formatChange(dependence.change[key], language)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Outcome>
  );
}
