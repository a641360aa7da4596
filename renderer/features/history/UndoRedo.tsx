import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/error-message.ts';
import { operationName } from './operation-name.ts';
import { isEditingText, shortcutOf } from './undo-shortcuts.ts';
import { useHistory } from './useHistory.ts';

/**
 * Undo and redo in the header, also with Ctrl+Z and Ctrl+Y (⌘ on a Mac). Inside a text box
 * the keys keep their usual meaning (undo typing), so the project is not undone by surprise.
 */
export function UndoRedo() {
  const { t } = useTranslation();
  const { history, undo, redo } = useHistory();
  const canUndo = history.data?.canUndo ?? null;
  const canRedo = history.data?.canRedo ?? null;
  const busy = undo.isPending || redo.isPending;

  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      const action = shortcutOf(event);
      if (!action || isEditingText(event.target) || busy) return;
      event.preventDefault();
      if (action === 'undo' && canUndo) undo.mutate();
      if (action === 'redo' && canRedo) redo.mutate();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, canUndo, canRedo, undo, redo]);

  const label = (step: { operation: string } | null) =>
    step ? t('history.what', { what: operationName(step.operation, t) }) : '';
  const failure = undo.error ?? redo.error;
  return (
    <div className="undo-redo" role="group" aria-label={t('history.label')}>
      <button
        type="button"
        data-testid="undo"
        disabled={!canUndo || busy}
        title={`${t('history.undo')} (Ctrl+Z) ${label(canUndo)}`}
        onClick={() => undo.mutate()}
      >
        {t('history.undo')}
      </button>
      <button
        type="button"
        data-testid="redo"
        disabled={!canRedo || busy}
        title={`${t('history.redo')} (Ctrl+Y) ${label(canRedo)}`}
        onClick={() => redo.mutate()}
      >
        {t('history.redo')}
      </button>
      {failure && (
        <span className="undo-redo__error" role="alert">
          {errorMessage(failure, t)}
        </span>
      )}
    </div>
  );
}
