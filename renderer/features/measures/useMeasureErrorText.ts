import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { measures } from '../../../shared/i18n/en/measures.ts';

type MessageKey = keyof typeof measures.errors;

/**
 * Engine codes (`measure.weightMissing`) and worker codes (`analysis.crashed`) as sentences
 * from `measures.errors`. Params come from the engine at run time, like backend errors.
 */
export function useMeasureErrorText() {
  const { t } = useTranslation();
  return useCallback(
    (error: { code: string; params: Record<string, string | number> }): string => {
      const name = error.code.replace(/^(measure|analysis)\./, '');
      const key: MessageKey = name in ERROR_NAMES ? (name as MessageKey) : 'crashed';
      const translate = t as (key: `measures.errors.${MessageKey}`, params: object) => string;
      return translate(`measures.errors.${key}`, { message: error.code, ...error.params });
    },
    [t],
  );
}

const ERROR_NAMES: Record<MessageKey, true> = {
  weightMissing: true,
  weightNotNumeric: true,
  weightNotPositive: true,
  unknownActor: true,
  noTies: true,
  needsDirected: true,
  notConverged: true,
  crashed: true,
  badRequest: true,
  badAnswer: true,
};
