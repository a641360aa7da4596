import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What the control inside a Field must carry to be labelled and described. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  optional?: boolean;
  /** Spans both columns of a two-column form. */
  wide?: boolean;
  error?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

/** A label, its control, an optional hint and a field-level error linked to the control. */
export function Field({ id, label, hint, optional, wide, error, children }: FieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={['field', wide && 'form__wide', error && 'field--invalid']
        .filter(Boolean)
        .join(' ')}
    >
      <label htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {t('common.optional')}</span>}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': Boolean(error) })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
