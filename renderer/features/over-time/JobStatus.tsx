import { useTranslation } from 'react-i18next';
import type { JobState } from './useSeriesJob.ts';
import { useJobErrorText } from './useJobErrorText.ts';

interface JobStatusProps {
  state: JobState<unknown>;
  onCancel: () => void;
  onRestart: () => void;
  testId: string;
}

/** What the worker is doing (with Cancel and a progress bar), why it failed, or that it stopped. */
export function JobStatus({ state, onCancel, onRestart, testId }: JobStatusProps) {
  const { t } = useTranslation();
  const errorText = useJobErrorText();
  if (state.status === 'running') {
    return (
      <div className="analysis-status" role="status" data-testid={testId} data-state="running">
        <span className="spinner" aria-hidden="true" />
        <span>
          {state.total > 0
            ? t('overTime.progress.periods', { done: state.done, total: state.total })
            : t('overTime.progress.starting')}
        </span>
        {state.total > 0 && <progress max={state.total} value={state.done} />}
        <button
          type="button"
          className="button"
          data-testid={`${testId}-cancel`}
          onClick={onCancel}
        >
          {t('overTime.progress.cancel')}
        </button>
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="notice notice--error" role="alert" data-testid={testId} data-state="failed">
        <p>{errorText(state.error)}</p>
      </div>
    );
  }
  if (state.status === 'cancelled') {
    return (
      <div className="notice" role="status" data-testid={testId} data-state="cancelled">
        <p>{t('overTime.progress.cancelled')}</p>
        <button
          type="button"
          className="button"
          data-testid={`${testId}-again`}
          onClick={onRestart}
        >
          {t('overTime.progress.again')}
        </button>
      </div>
    );
  }
  return null;
}
