import { useTranslation } from 'react-i18next';
import type { DataDates } from '../../../shared/analysis/date-range.ts';

/** Why there is no network on the chosen day: before the first tie, after the last, or no dates. */
export function DateOutsideNotice({ date, dates }: { date: string; dates: DataDates | null }) {
  const { t } = useTranslation();
  const message =
    dates === null
      ? t('measures.options.noDates', { date })
      : dates.last === null
        ? t('measures.options.before', { date, first: dates.first })
        : t('measures.options.outside', { date, first: dates.first, last: dates.last });
  return (
    <div className="notice notice--error" role="alert" data-testid="measures-outside">
      <p>{message}</p>
    </div>
  );
}
