import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useMergeActors, type DuplicatePair } from './useDuplicates.ts';

interface MergeDialogProps {
  pair: DuplicatePair;
  onDone: () => void;
}

/** Which of the two actors to keep, what merging does, and the confirmation. */
export function MergeDialog({ pair, onDone }: MergeDialogProps) {
  const { t } = useTranslation();
  const [keepFirst, setKeepFirst] = useState(true);
  const merge = useMergeActors();
  const [kept, merged] = keepFirst ? [pair.first, pair.second] : [pair.second, pair.first];
  return (
    <Dialog title={t('import.duplicates.dialogTitle')} onClose={onDone} testId="merge-dialog">
      <fieldset className="merge-choice">
        <legend>{t('import.duplicates.keep')}</legend>
        {[pair.first, pair.second].map((actor, index) => (
          <label key={actor.id}>
            <input
              type="radio"
              name="merge-keep"
              data-testid={`merge-keep-${index === 0 ? 'first' : 'second'}`}
              checked={keepFirst === (index === 0)}
              onChange={() => setKeepFirst(index === 0)}
            />{' '}
            {t('import.duplicates.keepOption', { name: actor.name })}
          </label>
        ))}
      </fieldset>
      <p className="dialog__message" data-testid="merge-explain">
        {t('import.duplicates.explain', { kept: kept.name, merged: merged.name })}
      </p>
      {merge.error ? <ErrorNotice error={merge.error} /> : null}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onDone} autoFocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          data-testid="merge-confirm"
          disabled={merge.isPending}
          onClick={() =>
            merge.mutate({ keepId: kept.id, mergeId: merged.id }, { onSuccess: onDone })
          }
        >
          {merge.isPending ? t('import.duplicates.merging') : t('import.duplicates.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
