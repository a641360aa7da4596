import { useTranslation } from 'react-i18next';

interface ChoiceFilterProps {
  id: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** null = any (no restriction). */
  value: readonly string[] | null;
  onChange: (value: string[] | null) => void;
}

/**
 * A single-choice filter ("Any" or one value) as a native select: quick with a keyboard and
 * on a projector. Saved views and the filter logic take lists, so several values fit later.
 */
export function ChoiceFilter({ id, label, options, value, onChange }: ChoiceFilterProps) {
  const { t } = useTranslation();
  const current = value === null ? '*' : (value[0] ?? '*');
  return (
    <label className="map-control" htmlFor={id}>
      <span>{label}</span>
      <select
        id={id}
        data-testid={id}
        value={current}
        onChange={(event) => onChange(event.target.value === '*' ? null : [event.target.value])}
      >
        <option value="*">{t('map.filters.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
