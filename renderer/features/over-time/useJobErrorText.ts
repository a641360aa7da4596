import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeasureErrorText } from '../measures/useMeasureErrorText.ts';

const WORKER_ERRORS = ['crashed', 'badRequest', 'badAnswer'] as const;
type WorkerError = (typeof WORKER_ERRORS)[number];

function isWorkerError(name: string): name is WorkerError {
  return (WORKER_ERRORS as readonly string[]).includes(name);
}

/**
 * The series worker's own codes (`series.crashed`) as sentences from `overTime.errors`; the
 * engine's codes (`measure.noTies`) as the Measures screen words them.
 */
export function useJobErrorText() {
  const { t } = useTranslation();
  const measureText = useMeasureErrorText();
  return useCallback(
    (error: { code: string; params: Record<string, string | number> }): string => {
      if (!error.code.startsWith('series.')) return measureText(error);
      const name = error.code.slice('series.'.length);
      const key: WorkerError = isWorkerError(name) ? name : 'crashed';
      return t(`overTime.errors.${key}`, { message: error.code, ...error.params });
    },
    [t, measureText],
  );
}
