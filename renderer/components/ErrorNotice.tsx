import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/error-message.ts';

interface ErrorNoticeProps {
  error: unknown;
  onRetry?: () => void;
  testId?: string;
}

/** A translated backend error, announced to screen readers, with an optional retry. */
export function ErrorNotice({ error, onRetry, testId = 'error-notice' }: ErrorNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert" data-testid={testId}>
      <p>{errorMessage(error, t)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
