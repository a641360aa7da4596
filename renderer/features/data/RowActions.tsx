import { useTranslation } from 'react-i18next';

interface RowActionsProps {
  testIdPrefix: string;
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** Edit and Delete for one table row; their accessible names say which row. */
export function RowActions({
  testIdPrefix,
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
}: RowActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button button--small"
        aria-label={editLabel}
        title={editLabel}
        data-testid={`${testIdPrefix}-edit`}
        onClick={onEdit}
      >
        {t('common.edit')}
      </button>
      <button
        type="button"
        className="button button--small button--quiet-danger"
        aria-label={deleteLabel}
        title={deleteLabel}
        data-testid={`${testIdPrefix}-delete`}
        onClick={onDelete}
      >
        {t('common.delete')}
      </button>
    </div>
  );
}
