import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ImportCounts } from '../../../shared/api/imports.ts';
import { hashOf } from '../../app/screens.ts';
import type { Problem } from './sort-problems.ts';
import { useCountSentence } from './useCountSentence.ts';

interface ImportDoneProps {
  counts: z.infer<typeof ImportCounts>;
  /** The last preview's problems: its rows with errors are the ones left out. */
  problems: readonly Problem[];
  onAnother: () => void;
}

/** What was imported, with the way to the Data screen. */
export function ImportDone({ counts, problems, onAnother }: ImportDoneProps) {
  const { t } = useTranslation();
  const countSentence = useCountSentence('done');
  // Warnings were read in the preview; the summary says what went in and what was left out.
  const summary = countSentence({ ...counts, warnings: 0 }, problems);
  return (
    <section className="notice notice--ok import-done" data-testid="import-done" role="status">
      <h2>{t('import.done.heading')}</h2>
      <p data-testid="import-done-summary">
        {summary ? t('import.done.summary', { summary }) : t('import.done.nothing')}
      </p>
      <div className="import-actions">
        <a className="button button--primary" href={hashOf('data')} data-testid="import-go-to-data">
          {t('import.done.goToData')}
        </a>
        <button type="button" className="button" data-testid="import-another" onClick={onAnother}>
          {t('import.done.another')}
        </button>
      </div>
    </section>
  );
}
