import { Field } from './Field.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  hint?: string;
  optional?: boolean;
  error?: string | undefined;
  /** A first option with the value '' (e.g. "Choose an actor…" or "No sector yet"). */
  emptyOption?: string;
}

/**
 * A labelled native select, its test id equal to its id. Native, so typing the first letters
 * jumps to an option with keyboard, mouse, touch and screen readers alike.
 */
export function SelectField(props: SelectFieldProps) {
  const { id, value, options, onChange, emptyOption } = props;
  return (
    <Field
      id={id}
      label={props.label}
      hint={props.hint}
      optional={props.optional}
      error={props.error}
    >
      {(control) => (
        <select
          {...control}
          value={value}
          data-testid={id}
          onChange={(event) => onChange(event.target.value)}
        >
          {emptyOption !== undefined && <option value="">{emptyOption}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
