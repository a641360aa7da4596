import { useId, useMemo, useState } from 'react';
import { suggestNames } from '../../shared/formats/names/name-suggestions.ts';

interface PickerActor {
  id: string;
  name: string;
}

interface ActorPickerProps {
  label: string;
  actors: readonly PickerActor[];
  value: string | null;
  onChange: (id: string | null) => void;
  testId: string;
  placeholder: string;
  /** How many matches to list under the search box. */
  limit?: number;
  /** Said when something is typed and no actor matches. */
  noMatch: string;
}

/**
 * Search, then tap: a text box that filters the map's actors (accents and case ignored, by
 * word starts first) and a short list of big buttons. The chosen one stays shown above.
 */
export function ActorPicker({
  label,
  actors,
  value,
  onChange,
  testId,
  placeholder,
  limit = 8,
  noMatch,
}: ActorPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  // Nothing listed until something is typed: a map has dozens of names, a phone shows six.
  const matches = useMemo(() => suggestNames(query, actors, limit), [query, actors, limit]);
  const chosen = actors.find((actor) => actor.id === value);
  return (
    <div className="p-field">
      <label htmlFor={id} className="p-label">
        {label}
      </label>
      {chosen && (
        <p className="p-chosen" data-testid={`${testId}-chosen`}>
          ✓ {chosen.name}
        </p>
      )}
      <input
        id={id}
        className="p-input"
        type="search"
        autoComplete="off"
        placeholder={placeholder}
        value={query}
        data-testid={`${testId}-search`}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul className="p-options" data-testid={`${testId}-options`}>
        {matches.map((match) => (
          <li key={match.id}>
            <button
              type="button"
              className={`p-option${match.id === value ? ' p-option--chosen' : ''}`}
              aria-pressed={match.id === value}
              onClick={() => {
                onChange(match.id);
                setQuery('');
              }}
            >
              {match.name}
            </button>
          </li>
        ))}
      </ul>
      {query.trim() !== '' && matches.length === 0 && (
        <p className="p-hint" data-testid={`${testId}-none`}>
          {noMatch}
        </p>
      )}
    </div>
  );
}
