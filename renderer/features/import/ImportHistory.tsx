import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { PlainTable } from './PlainTable.tsx';
import { importHistoryQuery } from './queries.ts';
import { historyCounts } from './history-counts.ts';
import { useCountSentence } from './useCountSentence.ts';

/** Every import of this project, newest first: files, format, date and what it changed. */
export function ImportHistory() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const countSentence = useCountSentence('done');
  const history = useQuery(importHistoryQuery());
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="import-section" aria-labelledby="import-history-title">
      <h2 id="import-history-title">{t('import.history.heading')}</h2>
      {history.isError ? (
        <ErrorNotice error={history.error} onRetry={() => void history.refetch()} />
      ) : !history.data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : history.data.length === 0 ? (
        <p className="empty-state">{t('import.history.empty')}</p>
      ) : (
        <PlainTable
          caption={t('import.history.heading')}
          testId="import-history"
          captionHidden
          rowTestId="import-history-row"
          headers={[
            t('import.history.columns.file'),
            t('import.history.columns.format'),
            t('import.history.columns.date'),
            t('import.history.columns.counts'),
          ]}
          rows={[...history.data]
            .sort((a, b) => b.id - a.id)
            .map((record) => [
              record.fileName,
              record.format,
              dateFormat.format(new Date(record.importedAt)),
              countSentence(historyCounts(record.counts), []) || t('common.none'),
            ])}
        />
      )}
    </section>
  );
}
