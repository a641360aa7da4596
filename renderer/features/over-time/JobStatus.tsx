import { useTranslation } from 'react-i18next';
import { WorkerStatus } from '../../components/WorkerStatus.tsx';
import type { JobState } from './useSeriesJob.ts';
import { useJobErrorText } from './useJobErrorText.ts';

interface JobStatusProps {
  state: JobState<unknown>;
  onCancel: () => void;
  onRestart: () => void;
  testId: string;
}

/** A series job's status: periods done of all (with a progress bar), its error, or stopped. */
export function JobStatus({ state, onCancel, onRestart, testId }: JobStatusProps) {
  const { t } = useTranslation();
  const errorText = useJobErrorText();
  const running = state.status === 'running';
  return (
    <WorkerStatus
      status={state.status}
      running={
        running && state.total > 0
          ? t('overTime.progress.periods', { done: state.done, total: state.total })
          : t('overTime.progress.starting')
      }
      progress={running ? state : undefined}
      error={state.status === 'failed' ? errorText(state.error) : undefined}
      texts={{
        cancel: t('overTime.progress.cancel'),
        cancelled: t('overTime.progress.cancelled'),
        again: t('overTime.progress.again'),
      }}
      onCancel={onCancel}
      onRestart={onRestart}
      testId={testId}
    />
  );
}
