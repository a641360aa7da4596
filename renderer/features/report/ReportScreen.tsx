import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useProjectInfo } from '../project/useProjectInfo.ts';
import { JobStatus } from '../over-time/JobStatus.tsx';
import { defaultDates, likelyConvener, type TwoDates } from '../over-time/screen-defaults.ts';
import { TwoDatesChooser } from '../over-time/TwoDatesChooser.tsx';
import { useNames } from '../over-time/useNames.ts';
import { useSeriesJob } from '../over-time/useSeriesJob.ts';
import { useTimelineData } from '../over-time/useTimelineData.ts';
import { ReportConvener } from './ReportConvener.tsx';
import { ReportMeasures } from './ReportMeasures.tsx';
import { ReportMeeting } from './ReportMeeting.tsx';
import { ReportOutcomes } from './ReportOutcomes.tsx';
import { reportMeasureRows, sourceCounts } from './report-model.ts';
import '../../styles/measures.css';
import '../../styles/data.css';
import '../../styles/over-time.css';
import '../../styles/report.css';

/**
 * One printable page of systemic outcomes between two dates, for funders. Every number is a
 * job of the Over-time screen's worker, so both screens (and the CLI) agree. Print CSS hides
 * the app around the page and the controls on it.
 */
export function ReportScreen() {
  const { t } = useTranslation();
  const project = useProjectInfo();
  const { data, bounds, error, retry } = useTimelineData();
  const names = useNames(data);
  const [chosenDates, setDates] = useState<TwoDates | null>(null);
  const [chosenConvener, setConvener] = useState<string | null>(null);
  const [run, setRun] = useState(0);
  const dates = useMemo(
    () => chosenDates ?? (data ? defaultDates(data, bounds) : null),
    [chosenDates, data, bounds],
  );
  const convener = chosenConvener ?? (data ? (likelyConvener(data) ?? '') : '');
  const compareJob = useMemo(() => {
    void run; // "Compute again" bumps it: a fresh job object runs the same job again.
    if (!data || !dates || dates.before >= dates.after) return null;
    return { task: 'compare' as const, data, before: dates.before, after: dates.after };
  }, [data, dates, run]);
  const compare = useSeriesJob('compare', compareJob);
  const result = compare.state.status === 'done' ? compare.state.answer.result : null;
  const source = useMemo(() => (data ? sourceCounts(data) : null), [data]);
  const rows = useMemo(() => (result ? reportMeasureRows(result.measures) : []), [result]);

  return (
    <section
      className="screen report-screen"
      aria-labelledby="screen-title"
      data-testid="report-screen"
    >
      <div className="screen-only report-controls">
        <p className="lead">{t('report.lead')}</p>
        {dates && <TwoDatesChooser dates={dates} onChange={setDates} />}
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.print()}
          data-testid="report-print"
        >
          {t('report.print')}
        </button>
        <JobStatus
          state={compare.state}
          onCancel={compare.cancel}
          onRestart={() => setRun((count) => count + 1)}
          testId="report-status"
        />
      </div>
      <article className="report-page" data-testid="report-page">
        <header className="report-page__header">
          <h1 id="screen-title">{t('report.title')}</h1>
          {project.data && (
            <p data-testid="report-project">{t('report.project', { name: project.data.name })}</p>
          )}
          {dates && (
            <p data-testid="report-period">
              {t('report.period', { before: dates.before, after: dates.after })}
            </p>
          )}
        </header>
        {error ? (
          <ErrorNotice error={error} onRetry={retry} />
        ) : !data || !source ? (
          <p role="status" className="muted">
            {t('report.loading')}
          </p>
        ) : (
          <>
            <section aria-labelledby="report-source-title" className="report-source">
              <h2 id="report-source-title">{t('report.sourceTitle')}</h2>
              <p data-testid="report-source">
                {t('report.source', {
                  actors: source.actors,
                  ties: source.ties,
                  waves: source.waves,
                  events: source.events,
                  ...source.evidence,
                })}
              </p>
            </section>
            <section aria-labelledby="report-outcomes-title">
              <h2 id="report-outcomes-title">{t('report.outcomesTitle')}</h2>
              <div className="report-outcomes">
                {result && <ReportOutcomes result={result} names={names} />}
                {dates && dates.before < dates.after && (
                  <>
                    <ReportConvener
                      data={data}
                      dates={dates}
                      actor={convener}
                      onActorChange={setConvener}
                    />
                    <ReportMeeting data={data} dates={dates} />
                  </>
                )}
              </div>
            </section>
            {result && <ReportMeasures rows={rows} before={result.before} after={result.after} />}
          </>
        )}
      </article>
    </section>
  );
}
