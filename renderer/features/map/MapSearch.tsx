import { memo, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor.ts';
import { fold, namesToOffer } from './name-matches.ts';

interface MapSearchProps {
  actors: readonly Actor[];
  inputRef: RefObject<HTMLInputElement | null>;
  onFound: (actorId: string) => void;
}

/**
 * Find an actor by name: Enter selects and centres the first match. Memoised: its list holds
 * every actor shown (thousands on a large map) and need not be rebuilt on every click.
 */
export const MapSearch = memo(function MapSearch({ actors, inputRef, onFound }: MapSearchProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState(false);
  const find = () => {
    const wanted = fold(query.trim());
    if (!wanted) return;
    const match =
      actors.find((actor) => fold(actor.name) === wanted) ??
      actors.find((actor) => fold(actor.name).includes(wanted));
    setMissing(!match);
    if (match) onFound(match.id);
  };
  return (
    <form
      className="map-search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        find();
      }}
    >
      <label htmlFor="map-search">{t('map.search.label')}</label>
      <div className="map-search__row">
        <input
          id="map-search"
          ref={inputRef}
          type="search"
          list="map-search-names"
          autoComplete="off"
          value={query}
          data-testid="map-search"
          onChange={(event) => {
            setQuery(event.target.value);
            setMissing(false);
          }}
        />
        <button type="submit" className="button button--small">
          {t('map.search.go')}
        </button>
      </div>
      <datalist id="map-search-names">
        {namesToOffer(actors, query).map((actor) => (
          <option key={actor.id} value={actor.name} />
        ))}
      </datalist>
      {missing && (
        <p className="field__error" role="status">
          {t('map.search.noMatch', { query })}
        </p>
      )}
    </form>
  );
});
