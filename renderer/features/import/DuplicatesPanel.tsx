import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { PlainTable } from './PlainTable.tsx';
import { useDuplicates, type DuplicatePair } from './useDuplicates.ts';

/** Likely duplicate actors (often brought by an import), each with "Merge into…". */
export function DuplicatesPanel() {
  const { t } = useTranslation();
  const { pairs, error, refetch } = useDuplicates();
  const [merging, setMerging] = useState<DuplicatePair | null>(null);
  return (
    <section
      className="import-section"
      aria-labelledby="duplicates-title"
      data-testid="duplicates-panel"
    >
      <h2 id="duplicates-title">{t('import.duplicates.heading')}</h2>
      <p className="muted">{t('import.duplicates.intro')}</p>
      {error ? (
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      ) : !pairs ? (
        <p className="muted">{t('common.loading')}</p>
      ) : pairs.length === 0 ? (
        <p className="empty-state" data-testid="duplicates-empty">
          {t('import.duplicates.empty')}
        </p>
      ) : (
        <PlainTable
          caption={t('import.duplicates.heading')}
          testId="duplicates-table"
          captionHidden
          rowTestId="duplicate-row"
          headers={[
            t('import.duplicates.columns.first'),
            t('import.duplicates.columns.second'),
            t('import.duplicates.columns.score'),
            t('import.duplicates.columns.reason'),
            t('import.duplicates.columns.actions'),
          ]}
          rows={pairs.map((pair) => [
            pair.first.name,
            pair.second.name,
            t('import.duplicates.score', { percent: Math.round(pair.score * 100) }),
            t(`import.duplicates.reasons.${pair.reason}`),
            <button
              key="merge"
              type="button"
              className="button button--small"
              data-testid="duplicate-merge"
              aria-label={t('import.duplicates.mergeLabel', {
                first: pair.first.name,
                second: pair.second.name,
              })}
              onClick={() => setMerging(pair)}
            >
              {t('import.duplicates.merge')}
            </button>,
          ])}
        />
      )}
      {merging && <MergeDialog pair={merging} onDone={() => setMerging(null)} />}
    </section>
  );
}
