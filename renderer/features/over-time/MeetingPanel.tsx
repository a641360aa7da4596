import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../../shared/temporal/calendar.ts';
import type { PairShare } from '../../../shared/temporal/meeting-ties.ts';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatShare } from './format-change.ts';
import { JobStatus } from './JobStatus.tsx';
import { MeetingChart } from './MeetingChart.tsx';
import { useSeriesJob } from './useSeriesJob.ts';

/** The windows issue 7 asks for: a tie formed within 6 and within 12 months of the event. */
const WINDOWS = [6, 12];

interface MeetingPanelProps {
  data: TimelineData;
  /** The last day of the records: a window reaching past it under-counts. */
  lastDay: string | null;
}

/** "Did meeting lead to working together?": per event and overall, against the baseline. */
export function MeetingPanel({ data, lastDay }: MeetingPanelProps) {
  const { t } = useTranslation();
  const [run, setRun] = useState(0);
  const job = useMemo(() => {
    void run; // "Compute again" bumps it: a fresh job object runs the same job again.
    return data.events.length === 0 ? null : { task: 'meeting' as const, data, windows: WINDOWS };
  }, [data, run]);
  const { state, cancel } = useSeriesJob('meeting', job);
  const result = state.status === 'done' ? state.answer.result : null;
  const pastData = (date: string, months: number) =>
    lastDay !== null && addMonths(date, months) > lastDay;
  return (
    <section className="measures-panel" aria-labelledby="meeting-title" data-testid="meeting-panel">
      <h2 id="meeting-title">{t('overTime.meeting.title')}</h2>
      <p>{t('time.indicators.meetingTies')}</p>
      <p className="notice caveat" data-testid="meeting-caveat">
        <strong>{t('time.indicators.meetingTiesNote')}</strong>
      </p>
      {data.events.length === 0 && <p className="empty-state">{t('overTime.meeting.noEvents')}</p>}
      <JobStatus
        state={state}
        onCancel={cancel}
        onRestart={() => setRun((n) => n + 1)}
        testId="meeting-status"
      />
      {result && (
        <>
          <MeetingChart overall={result.overall} />
          <div className="table-scroll">
            <table className="data-table meeting-table" data-testid="meeting-table">
              <caption className="visually-hidden">{t('overTime.meeting.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2}>
                    {t('overTime.meeting.event')}
                  </th>
                  <th scope="col" rowSpan={2}>
                    {t('overTime.meeting.date')}
                  </th>
                  {WINDOWS.map((months) => (
                    <th key={months} scope="colgroup" colSpan={2}>
                      {t('overTime.meeting.windowTitle', { count: months })}
                    </th>
                  ))}
                </tr>
                <tr>
                  {WINDOWS.flatMap((months) => [
                    <th key={`${months}-a`} scope="col">
                      {t('overTime.meeting.attended')}
                    </th>,
                    <th key={`${months}-b`} scope="col">
                      {t('overTime.meeting.baseline')}
                    </th>,
                  ])}
                </tr>
              </thead>
              <tbody>
                <tr className="meeting-table__overall" data-testid="meeting-overall">
                  <th scope="row" colSpan={2}>
                    {t('overTime.meeting.overall')}
                  </th>
                  {result.overall.flatMap((window) => [
                    <ShareCell
                      key={`${window.months}-a`}
                      share={window.attended}
                      testId={`overall-${window.months}-attended`}
                    />,
                    <ShareCell
                      key={`${window.months}-b`}
                      share={window.baseline}
                      testId={`overall-${window.months}-baseline`}
                    />,
                  ])}
                </tr>
                {result.events.map((event) => (
                  <tr key={event.eventId} data-testid="meeting-row">
                    <th scope="row">{event.name}</th>
                    <td className="nowrap">{event.date}</td>
                    {event.windows.flatMap((window) => {
                      const mark = pastData(event.date, window.months) ? ' *' : '';
                      return [
                        <ShareCell
                          key={`${window.months}-a`}
                          share={window.attended}
                          mark={mark}
                        />,
                        <ShareCell
                          key={`${window.months}-b`}
                          share={window.baseline}
                          mark={mark}
                        />,
                      ];
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.events.some((event) =>
            WINDOWS.some((months) => pastData(event.date, months)),
          ) && <p className="muted">{t('overTime.meeting.undercount')}</p>}
        </>
      )}
    </section>
  );
}

function ShareCell({
  share,
  mark = '',
  testId,
}: {
  share: PairShare;
  mark?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <td className="number" data-testid={testId} data-formed={share.formed} data-pairs={share.pairs}>
      {share.pairs === 0 ? (
        t('overTime.meeting.noPairs')
      ) : (
        <>
          <strong className="share-cell__share">
            {formatShare(share.share, language)}
            {mark}
          </strong>
          <span className="share-cell__counts">
            {t('overTime.meeting.counts', { formed: share.formed, pairs: share.pairs })}
          </span>
        </>
      )}
    </td>
  );
}
