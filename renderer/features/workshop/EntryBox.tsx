import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutOf as undoShortcutOf } from '../history/undo-shortcuts.ts';
import { looksLikeTie } from './tie-entry.ts';
import type { EntryFlow } from './useEntryFlow.ts';

interface EntryBoxProps {
  flow: EntryFlow;
  /** Ctrl+Z / Ctrl+Y in an empty box undo the project, not the (empty) typing. */
  onUndo: () => void;
  onRedo: () => void;
}

/**
 * The one big box the facilitator types into: a name, or "A → B". A combobox: suggestions
 * from existing actors (accent- and case-blind, aliases too) under it, arrows to pick, Tab
 * to complete, Enter to go on, Escape to clear.
 */
export function EntryBox({ flow, onUndo, onRedo }: EntryBoxProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const typing = flow.step.kind === 'typing';
  useEffect(() => {
    if (typing) input.current?.focus();
  }, [typing]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    const undo = undoShortcutOf(event);
    if (undo && flow.text === '') {
      event.preventDefault();
      if (undo === 'undo') onUndo();
      else onRedo();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      flow.moveHighlight(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Tab' && !event.shiftKey && flow.suggestions.length > 0) {
      if (flow.complete()) event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      flow.submit();
    } else if (event.key === 'Escape') {
      flow.changeText('');
    }
  }

  const open = typing && flow.suggestions.length > 0;
  const active = flow.highlighted === null ? undefined : `${listId}-${flow.highlighted}`;
  return (
    <div className="workshop-entry__box">
      <label htmlFor={`${listId}-input`} className="workshop-entry__label">
        {t('workshop.entry.label')}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        className="workshop-entry__input"
        data-testid="workshop-entry"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? active : undefined}
        aria-describedby={`${listId}-hint`}
        value={flow.text}
        disabled={!typing}
        onChange={(event) => flow.changeText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${listId}-hint`} className="workshop-entry__hint">
        {t('workshop.entry.hint')}
      </p>
      <ul
        id={listId}
        role="listbox"
        className="workshop-entry__suggestions"
        data-testid="workshop-suggestions"
        hidden={!open}
      >
        {flow.suggestions.map((suggestion, index) => (
          <li
            key={suggestion.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === flow.highlighted}
            className="workshop-entry__suggestion"
            onMouseDown={(event) => {
              // Keep focus in the box; choose on click.
              event.preventDefault();
              if (looksLikeTie(flow.text)) flow.complete(index);
              else flow.chooseExisting(suggestion.id);
            }}
          >
            {suggestion.name}
            {suggestion.alias && (
              <span className="muted">
                {' '}
                {t('workshop.entry.alias', { alias: suggestion.alias })}
              </span>
            )}
            {suggestion.kind === 'similar' && (
              <span className="muted"> {t('workshop.entry.similar')}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
