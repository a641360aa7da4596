import { useTranslation } from 'react-i18next';
import { ErrorNotice } from './ErrorNotice.tsx';

interface FormFooterProps {
  /** Field-level errors (shown at their fields); `form` holds one about the whole form. */
  errors: Partial<Record<string, string>>;
  serverError: unknown;
  saving: boolean;
  saveTestId: string;
  onCancel: () => void;
}

/** The end of a dialog form: what went wrong, then Cancel and Save. */
export function FormFooter({ errors, serverError, saving, saveTestId, onCancel }: FormFooterProps) {
  const { t } = useTranslation();
  const summary =
    errors.form ?? (Object.keys(errors).length > 0 ? t('validation.formSummary') : null);
  return (
    <>
      {summary && (
        <p className="notice notice--error" role="alert" data-testid="form-summary">
          {summary}
        </p>
      )}
      {serverError ? <ErrorNotice error={serverError} testId="form-server-error" /> : null}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={saving}
          data-testid={saveTestId}
        >
          {saving ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </>
  );
}
