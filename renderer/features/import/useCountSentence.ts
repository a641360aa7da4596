import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ImportCounts } from '../../../shared/api/imports.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { countPhrases, joinPhrases } from './count-phrases.ts';
import type { Problem } from './sort-problems.ts';

/**
 * "57 actors to add, 3 actors to update and 4 rows with errors" (a preview) or "57 actors
 * added…" (a finished import); '' when nothing counts.
 */
export function useCountSentence(tense: 'preview' | 'done') {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useCallback(
    (counts: z.infer<typeof ImportCounts>, problems: readonly Problem[]) =>
      joinPhrases(
        countPhrases(counts, problems).map(({ name, count }) =>
          t(`import.${tense}.counts.${name}`, { count }),
        ),
        language,
      ),
    [t, language, tense],
  );
}
