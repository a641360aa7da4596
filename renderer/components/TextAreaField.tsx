import { Field } from './Field.tsx';

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows: number;
  hint?: string;
  wide?: boolean;
  error?: string | undefined;
}

/** A labelled, optional multi-line text, its test id equal to its id. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  rows,
  hint,
  wide,
  error,
}: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} optional wide={wide} error={error}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          value={value}
          data-testid={id}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
