import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatMeasure } from '../measures/format-measure.ts';
import { formatChange } from './format-change.ts';
import { IndicatorCard } from './IndicatorCard.tsx';
import { JobStatus } from './JobStatus.tsx';
import type { TwoDates } from './screen-defaults.ts';
import { CONVENER_ROWS, useConvenerJob } from './useConvenerJob.ts';

interface ConvenerIndicatorProps {
  data: TimelineData;
  dates: TwoDates;
  initialActor: string | null;
}

/** The network's cohesion with and without the chosen convener, on both dates. */
export function ConvenerIndicator({ data, dates, initialActor }: ConvenerIndicatorProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [actor, setActor] = useState(initialActor ?? '');
  const { state, cancel, restart, options, result } = useConvenerJob(data, dates, actor);
  return (
    <IndicatorCard
      title={t('overTime.indicators.convener.title')}
      definition={t('time.indicators.convenerDependence')}
      testId="indicator-convener"
    >
      <SelectField
        id="convener-actor"
        label={t('overTime.indicators.convener.actor')}
        value={actor}
        options={options}
        onChange={setActor}
        hint={t('overTime.indicators.convener.hint')}
      />
      <JobStatus state={state} onCancel={cancel} onRestart={restart} testId="convener-status" />
      {result?.byDate.map(({ date, dependence }) => (
        <div key={date} className="convener-date" data-testid="convener-date">
          <h4>{date}</h4>
          {dependence === null ? (
            <p className="muted">{t('overTime.indicators.convener.absent', { date })}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('overTime.indicators.convener.measure')}</th>
                  <th scope="col">{t('overTime.indicators.convener.with')}</th>
                  <th scope="col">{t('overTime.indicators.convener.without')}</th>
                  <th scope="col">{t('overTime.indicators.convener.change')}</th>
                </tr>
              </thead>
              <tbody>
                {CONVENER_ROWS.map(([key, label]) => (
                  <tr key={key} data-testid={`convener-${key}`}>
                    <th scope="row">{t(`overTime.indicators.convener.${label}`)}</th>
                    <td className="number">{formatMeasure(dependence.with[key], language)}</td>
                    <td className="number">{formatMeasure(dependence.without[key], language)}</td>
                    <td className="number">{formatChange(dependence.change[key], language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </IndicatorCard>
  );
}
