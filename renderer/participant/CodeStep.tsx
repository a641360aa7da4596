import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** When the URL carried no code (typed by hand), ask for the one on the projector. */
export function CodeStep({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const code = value.trim();
    if (code) onCode(code);
  }
  return (
    <form className="p-card" onSubmit={submit} noValidate>
      <h1 className="p-title">{t('participant.code.title')}</h1>
      <label htmlFor="participant-code" className="p-label">
        {t('participant.code.label')}
      </label>
      <input
        id="participant-code"
        className="p-input p-input--code"
        data-testid="participant-code"
        autoComplete="off"
        autoCapitalize="characters"
        maxLength={32}
        value={value}
        aria-describedby="participant-code-hint"
        onChange={(event) => setValue(event.target.value)}
      />
      <p id="participant-code-hint" className="p-hint">
        {t('participant.code.hint')}
      </p>
      <button type="submit" className="p-button p-button--primary">
        {t('participant.code.next')}
      </button>
    </form>
  );
}
