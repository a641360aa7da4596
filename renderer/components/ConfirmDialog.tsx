import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; the safe choice has the focus. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={props.title} onClose={props.onCancel} testId="confirm-dialog">
      <p className="dialog__message" data-testid="confirm-message">
        {props.message}
      </p>
      {props.error ? <ErrorNotice error={props.error} /> : null}
      <div className="dialog__actions">
        <button
          type="button"
          className="button"
          data-testid="confirm-cancel"
          onClick={props.onCancel}
          autoFocus
        >
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          data-testid="confirm-ok"
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.busy ? t('common.deleting') : props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
