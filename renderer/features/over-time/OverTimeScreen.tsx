import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesMeasure } from '../../../shared/temporal/series-measures.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { BeforeAfterPanel } from './BeforeAfterPanel.tsx';
import { ChangesPanel } from './ChangesPanel.tsx';
import { ConvenerIndicator } from './ConvenerIndicator.tsx';
import { DatedIndicators } from './DatedIndicators.tsx';
import { JobStatus } from './JobStatus.tsx';
import { MAIN_MEASURES } from './MeasureChooser.tsx';
import { MeetingPanel } from './MeetingPanel.tsx';
import { OverTimeTabs, type OverTimeTab } from './OverTimeTabs.tsx';
import { INITIAL_PERIOD_CHOICE, periodsFor } from './period-choice.ts';
import { PeriodChooser } from './PeriodChooser.tsx';
import { defaultDates, likelyConvener, type TwoDates } from './screen-defaults.ts';
import { SeriesPanel } from './SeriesPanel.tsx';
import { periodAxisLabel } from './series-table.ts';
import { TwoDatesChooser } from './TwoDatesChooser.tsx';
import { useNames } from './useNames.ts';
import { useSeriesJob } from './useSeriesJob.ts';
import { useTimelineData } from './useTimelineData.ts';
import '../../styles/measures.css';
import '../../styles/data.css';
import '../../styles/over-time.css';

/** How the local system changes: measures by period, formation, before/after, outcomes, meetings. */
export function OverTimeScreen() {
  const { t } = useTranslation();
  const { data, bounds, error, retry } = useTimelineData();
  const names = useNames(data);
  const [tab, setTab] = useState<OverTimeTab>('series');
  const [choice, setChoice] = useState(INITIAL_PERIOD_CHOICE);
  const [measures, setMeasures] = useState<SeriesMeasure[]>([...MAIN_MEASURES]);
  const [chosenDates, setDates] = useState<TwoDates | null>(null);
  const [run, setRun] = useState(0);
  const periods = useMemo(
    () => (data ? periodsFor(choice, data, bounds) : null),
    [choice, data, bounds],
  );
  const dates = useMemo(
    () => chosenDates ?? (data ? defaultDates(data, bounds) : null),
    [chosenDates, data, bounds],
  );
  const byPeriod = tab === 'series' || tab === 'changes';
  const byDates = tab === 'beforeAfter' || tab === 'indicators';

  const seriesJob = useMemo(() => {
    void run; // "Compute again" bumps it: a fresh job object runs the same job again.
    if (!data || !byPeriod || !periods?.ok) return null;
    const { snapshot } = choice;
    return { task: 'series' as const, data, periods: periods.periods, measures, snapshot };
  }, [data, byPeriod, periods, measures, choice, run]);
  const compareJob = useMemo(() => {
    void run;
    if (!data || !byDates || !dates || dates.before >= dates.after) return null;
    return { task: 'compare' as const, data, before: dates.before, after: dates.after };
  }, [data, byDates, dates, run]);
  const series = useSeriesJob('series', seriesJob);
  const compare = useSeriesJob('compare', compareJob);
  const seriesResult = series.state.status === 'done' ? series.state.answer.result : null;
  const compareResult = compare.state.status === 'done' ? compare.state.answer.result : null;
  const categories = useMemo(
    () => (seriesResult?.rows ?? []).map((row) => periodAxisLabel(row.period, choice.kind)),
    [seriesResult, choice.kind],
  );
  const convener = useMemo(() => (data ? likelyConvener(data) : null), [data]);
  const again = () => setRun((count) => count + 1);

  return (
    <section
      className="screen over-time-screen"
      aria-labelledby="screen-title"
      data-testid="over-time-screen"
    >
      <h1 id="screen-title">{t('app.screens.overTime.title')}</h1>
      <p className="lead">{t('app.screens.overTime.description')}</p>
      <OverTimeTabs current={tab} onChange={setTab} />
      <div id="over-time-panel" role="tabpanel" aria-labelledby={`over-time-tab-${tab}`}>
        {error ? (
          <ErrorNotice error={error} onRetry={retry} />
        ) : !data ? (
          <p role="status" className="muted">
            {t('overTime.loading')}
          </p>
        ) : (
          <>
            {byPeriod && (
              <PeriodChooser
                choice={choice}
                events={data.events}
                onChange={setChoice}
                result={periods}
              />
            )}
            {byDates && dates && <TwoDatesChooser dates={dates} onChange={setDates} />}
            {byPeriod && (
              <JobStatus
                state={series.state}
                onCancel={series.cancel}
                onRestart={again}
                testId="series-status"
              />
            )}
            {byDates && (
              <JobStatus
                state={compare.state}
                onCancel={compare.cancel}
                onRestart={again}
                testId="compare-status"
              />
            )}
            {tab === 'series' && (
              <SeriesPanel
                rows={seriesResult?.rows ?? null}
                kind={choice.kind}
                measures={measures}
                onMeasuresChange={setMeasures}
                groupName={names.group}
              />
            )}
            {tab === 'changes' && seriesResult && (
              <ChangesPanel result={seriesResult} categories={categories} names={names} />
            )}
            {tab === 'beforeAfter' && compareResult && (
              <BeforeAfterPanel result={compareResult} data={data} names={names} />
            )}
            {tab === 'indicators' && dates && (
              <section aria-labelledby="indicators-title">
                <h2 id="indicators-title">{t('overTime.indicators.title')}</h2>
                <p className="muted">{t('overTime.indicators.help')}</p>
                <div className="indicator-grid">
                  {compareResult && <DatedIndicators result={compareResult} names={names} />}
                  <ConvenerIndicator data={data} dates={dates} initialActor={convener} />
                </div>
              </section>
            )}
            {tab === 'meeting' && <MeetingPanel data={data} lastDay={bounds?.last ?? null} />}
          </>
        )}
      </div>
    </section>
  );
}
