import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairShare } from '../../../shared/temporal/meeting-ties.ts';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatShare } from '../over-time/format-change.ts';
import { JobStatus } from '../over-time/JobStatus.tsx';
import type { TwoDates } from '../over-time/screen-defaults.ts';
import { useSeriesJob } from '../over-time/useSeriesJob.ts';
import { eventsBetween } from './report-model.ts';
import { Outcome } from './ReportOutcomes.tsx';

/** The windows of the Over-time screen's meeting analysis (issue 7). */
export const REPORT_MEETING_WINDOWS = [6, 12];

/** Meeting → tie association over the events of the period, with its caveat. */
export function ReportMeeting({ data, dates }: { data: TimelineData; dates: TwoDates }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [run, setRun] = useState(0);
  const inPeriod = useMemo(
    () => eventsBetween(data, dates.before, dates.after),
    [data, dates.before, dates.after],
  );
  const job = useMemo(() => {
    void run; // "Compute again" bumps it: a fresh job object runs the same job again.
    if (inPeriod.events.length === 0) return null;
    return { task: 'meeting' as const, data: inPeriod, windows: REPORT_MEETING_WINDOWS };
  }, [inPeriod, run]);
  const { state, cancel } = useSeriesJob('meeting', job);
  const result = state.status === 'done' ? state.answer.result : null;
  const shareText = (pair: PairShare) =>
    t('report.meeting.share', {
      share: formatShare(pair.share, language),
      formed: pair.formed,
      pairs: pair.pairs,
    });
  return (
    <Outcome title={t('report.meeting.title')} definition={t('time.indicators.meetingTies')}>
      <p className="report-caveat" data-testid="report-meeting-caveat">
        <strong>{t('time.indicators.meetingTiesNote')}</strong>
      </p>
      {inPeriod.events.length === 0 && <p className="muted">{t('report.meeting.noEvents')}</p>}
      <div className="screen-only">
        <JobStatus
          state={state}
          onCancel={cancel}
          onRestart={() => setRun((count) => count + 1)}
          testId="report-meeting-status"
        />
      </div>
      {result && (
        <table className="data-table report-table report-table--wrap" data-testid="report-meeting">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{t('report.meeting.attended')}</th>
              <th scope="col">{t('report.meeting.baseline')}</th>
            </tr>
          </thead>
          <tbody>
            {result.overall.map((window) => (
              <tr
                key={window.months}
                data-testid={`report-meeting-${window.months}`}
                data-attended={window.attended.share ?? ''}
                data-baseline={window.baseline.share ?? ''}
              >
                <th scope="row">{t('report.meeting.window', { months: window.months })}</th>
                <td className="number">{shareText(window.attended)}</td>
                <td className="number">{shareText(window.baseline)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Outcome>
  );
}
