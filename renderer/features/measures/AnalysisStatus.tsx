import { useTranslation } from 'react-i18next';
import { WorkerStatus } from '../../components/WorkerStatus.tsx';
import type { AnalysisState } from './useAnalysis.ts';
import { useMeasureErrorText } from './useMeasureErrorText.ts';

interface AnalysisStatusProps {
  state: AnalysisState;
  onCancel: () => void;
  onRestart?: () => void;
  testId: string;
}

/** An analysis job's status: the phase it is in, its error, or that it was cancelled. */
export function AnalysisStatus({ state, onCancel, onRestart, testId }: AnalysisStatusProps) {
  const { t } = useTranslation();
  const errorText = useMeasureErrorText();
  return (
    <WorkerStatus
      status={state.status}
      running={state.status === 'running' ? t(`measures.progress.${state.phase}`) : null}
      error={state.status === 'failed' ? errorText(state.error) : undefined}
      texts={{
        cancel: t('measures.progress.cancel'),
        cancelled: t('measures.progress.cancelled'),
        again: t('measures.progress.again'),
      }}
      onCancel={onCancel}
      onRestart={onRestart}
      testId={testId}
    />
  );
}
