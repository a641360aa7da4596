import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohesionMeasures } from '../../../shared/temporal/convener-dependence.ts';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatChange } from '../over-time/format-change.ts';
import { JobStatus } from '../over-time/JobStatus.tsx';
import type { TwoDates } from '../over-time/screen-defaults.ts';
import { useSeriesJob } from '../over-time/useSeriesJob.ts';
import { Outcome } from './ReportOutcomes.tsx';

const ROWS = [
  ['components', 'components'],
  ['largestComponentShare', 'largest'],
  ['averagePathLength', 'path'],
] as const satisfies readonly (readonly [keyof CohesionMeasures, string])[];

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
  const [run, setRun] = useState(0);
  const job = useMemo(() => {
    void run; // "Compute again" bumps it: a fresh job object runs the same job again.
    if (actor === '' || dates.before >= dates.after) return null;
    return { task: 'convener' as const, data, actor, dates: [dates.before, dates.after] };
  }, [data, actor, dates, run]);
  const { state, cancel } = useSeriesJob('convener', job);
  const options = useMemo(
    () =>
      [...data.actors]
        .sort((a, b) => a.name.localeCompare(b.name, language))
        .map((item) => ({ value: item.id as string, label: item.name })),
    [data, language],
  );
  const result = state.status === 'done' ? state.answer.result : null;
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
          onRestart={() => setRun((count) => count + 1)}
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
              {ROWS.map(([key, label]) => (
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
