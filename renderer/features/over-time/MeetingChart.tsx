import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingWindow } from '../../../shared/temporal/meeting-ties.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { barChartOption } from './chart-options.ts';
import { formatShare } from './format-change.ts';
import { useChart } from './useChart.ts';

/** Overall shares of pairs that formed a tie, met against never met, one pair of bars per window. */
export function MeetingChart({ overall }: { overall: readonly MeetingWindow[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const option = useMemo(() => {
    const attendedName = t('overTime.meeting.attended');
    const baselineName = t('overTime.meeting.baseline');
    const points = overall
      .map((window) =>
        t('overTime.meeting.chartPoints', {
          months: window.months,
          attended: formatShare(window.attended.share, language),
          baseline: formatShare(window.baseline.share, language),
        }),
      )
      .join(' ');
    return barChartOption({
      categories: overall.map((window) =>
        t('overTime.meeting.windowTitle', { count: window.months }),
      ),
      series: [
        { name: attendedName, values: overall.map((window) => window.attended.share) },
        { name: baselineName, values: overall.map((window) => window.baseline.share) },
      ],
      description: `${t('overTime.meeting.chartLabel')}. ${points}`,
      percent: true,
      format: (value) => formatShare(value, language),
    });
  }, [overall, language, t]);
  const element = useChart(option);
  return (
    <div
      ref={element}
      className="series-chart__canvas meeting-chart"
      role="img"
      aria-label={t('overTime.meeting.chartLabel')}
      data-testid="meeting-chart"
    />
  );
}
