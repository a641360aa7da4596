import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor.ts';
import { ApiCallError } from '../../api/api-call-error.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useDeleteActor } from './useDeleteActor.ts';

/**
 * Deleting an actor asks first. The backend refuses when the actor still has ties
 * (`actor.hasTies`, with the count); the dialog then says how many and deletes them too
 * only after a second, explicit confirmation.
 */
export function ActorDeleteDialog({ actor, onDone }: { actor: Actor; onDone: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteActor();
  const [tiesRefusal, setTiesRefusal] = useState<ApiCallError | null>(null);

  function confirm(): void {
    remove.mutate(
      { id: actor.id, cascade: tiesRefusal !== null },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (error instanceof ApiCallError && error.code === 'actor.hasTies') {
            setTiesRefusal(error);
            remove.reset();
          }
        },
      },
    );
  }

  return (
    <ConfirmDialog
      title={t('data.actors.delete.title')}
      message={
        tiesRefusal
          ? errorMessage(tiesRefusal, t)
          : t('data.actors.delete.question', { name: actor.name })
      }
      confirmLabel={t(
        tiesRefusal ? 'data.actors.delete.cascadeConfirm' : 'data.actors.delete.confirm',
      )}
      busy={remove.isPending}
      error={remove.error}
      onConfirm={confirm}
      onCancel={onDone}
    />
  );
}
