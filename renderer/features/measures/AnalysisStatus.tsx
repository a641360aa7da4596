import { useTranslation } from 'react-i18next';
import type { AnalysisState } from './useAnalysis.ts';
import { useMeasureErrorText } from './useMeasureErrorText.ts';

interface AnalysisStatusProps {
  state: AnalysisState;
  onCancel: () => void;
  onRestart?: () => void;
  testId: string;
}

/** What the worker is doing (with Cancel), why it failed, or that it was cancelled. */
export function AnalysisStatus({ state, onCancel, onRestart, testId }: AnalysisStatusProps) {
  const { t } = useTranslation();
  const errorText = useMeasureErrorText();
  if (state.status === 'running') {
    return (
      <div className="analysis-status" role="status" data-testid={testId} data-state="running">
        <span className="spinner" aria-hidden="true" />
        <span>{t(`measures.progress.${state.phase}`)}</span>
        <button
          type="button"
          className="button"
          data-testid={`${testId}-cancel`}
          onClick={onCancel}
        >
          {t('measures.progress.cancel')}
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
        <p>{t('measures.progress.cancelled')}</p>
        {onRestart && (
          <button
            type="button"
            className="button"
            data-testid={`${testId}-again`}
            onClick={onRestart}
          >
            {t('measures.progress.again')}
          </button>
        )}
      </div>
    );
  }
  return null;
}
