import { useTranslation } from 'react-i18next';
import '../../styles/map-time.css';

interface ChoiceFilterProps {
  id: string;
  label: string;
  /** `count`: how many items at this date have the value, shown beside it. */
  options: readonly { value: string; label: string; count?: number }[];
  /** null = any (no restriction). */
  value: readonly string[] | null;
  onChange: (value: string[] | null) => void;
}

/**
 * A multiple-choice filter: a fold-out list of checkboxes, its summary naming what is chosen.
 * Nothing ticked means any value (no restriction): unticking the last choice, or "Any",
 * shows everything again.
 */
export function ChoiceFilter({ id, label, options, value, onChange }: ChoiceFilterProps) {
  const { t } = useTranslation();
  const chosen = new Set(value ?? []);
  const names = options.filter((option) => chosen.has(option.value)).map((option) => option.label);
  const summary = value === null || names.length === 0 ? t('map.filters.any') : names.join(', ');
  const toggle = (optionValue: string, on: boolean) => {
    const next = options
      .map((option) => option.value)
      .filter((candidate) => (candidate === optionValue ? on : chosen.has(candidate)));
    onChange(next.length === 0 ? null : next);
  };
  return (
    <details className="map-choice" data-testid={id}>
      <summary>
        <span className="map-choice__label">{label}</span>{' '}
        <span className="map-choice__summary" data-testid={`${id}-summary`}>
          {summary}
        </span>
      </summary>
      <ul className="map-choice__options">
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input
                type="checkbox"
                value={option.value}
                checked={chosen.has(option.value)}
                data-testid={`${id}-option`}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              {option.label}
              {option.count !== undefined && (
                <span className="map-choice__count">{option.count}</span>
              )}
            </label>
          </li>
        ))}
      </ul>
      {value !== null && (
        <button
          type="button"
          className="link-button"
          data-testid={`${id}-any`}
          onClick={() => onChange(null)}
        >
          {t('map.filters.any')}
        </button>
      )}
    </details>
  );
}
