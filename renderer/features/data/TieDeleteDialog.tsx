import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import type { TieRow } from './useTieRows.ts';
import { useDeleteTie } from './useDeleteTie.ts';

export function TieDeleteDialog({ row, onDone }: { row: TieRow; onDone: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteTie();
  return (
    <ConfirmDialog
      title={t('data.ties.delete.title')}
      message={t('data.ties.delete.question', { source: row.sourceName, target: row.targetName })}
      confirmLabel={t('data.ties.delete.confirm')}
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate({ id: row.tie.id }, { onSuccess: onDone })}
      onCancel={onDone}
    />
  );
}
