import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../shared/i18n/problem-text.ts';
import type { Problem } from './sort-problems.ts';

/**
 * Problem codes and params arrive from the backend at run time, so their keys cannot be
 * checked at compile time; the catalog test checks the messages' placeholders instead.
 */
type TranslateProblem = (key: string, params: Record<string, string | number>) => string;

/** The translated reason for one import problem, or a generic one for an unknown code. */
export function useProblemText() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (problem: Problem) => {
      const { key, params } = problemMessage(problem);
      // A column role arrives as its key ("source"); say it as the Columns section does.
      const role = params['role'];
      const roleKey = `import.mapping.roles.${String(role)}`;
      if (role !== undefined && i18n.exists(roleKey)) {
        params['role'] = (t as TranslateProblem)(roleKey, {});
      }
      if (i18n.exists(key)) return (t as TranslateProblem)(key, params);
      return t('import.problems.unknown', { file: problem.place.file, code: problem.code });
    },
    [t, i18n],
  );
}
