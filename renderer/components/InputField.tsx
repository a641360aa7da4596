import type { InputHTMLAttributes } from 'react';
import { Field } from './Field.tsx';

type NativeInput = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'autoFocus' | 'autoComplete' | 'inputMode' | 'list' | 'step'
>;

interface InputFieldProps extends NativeInput {
  id: string;
  label: string;
  type: 'text' | 'number' | 'date';
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  optional?: boolean;
  wide?: boolean;
  error?: string | undefined;
}

/** A labelled input, its test id equal to its id. */
export function InputField({
  id,
  label,
  hint,
  optional,
  wide,
  error,
  onChange,
  ...input
}: InputFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} optional={optional} wide={wide} error={error}>
      {(control) => (
        <input
          {...control}
          {...input}
          data-testid={id}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
