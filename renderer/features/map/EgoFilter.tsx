import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { MapFilters } from '../../../shared/domain/view.ts';
import type { Language } from '../../../shared/i18n/catalogs.ts';
import { fold, FULL_NAME_LIST, namesToOffer } from './name-matches.ts';

interface EgoFilterProps {
  actors: readonly Actor[];
  ego: MapFilters['ego'];
  language: Language;
  onChange: (ego: MapFilters['ego']) => void;
}

/** Ego network: one actor and everyone 1 or 2 steps away. */
export function EgoFilter({ actors, ego, language, onChange }: EgoFilterProps) {
  const { t } = useTranslation();
  return (
    <div className="map-ego">
      {actors.length > FULL_NAME_LIST ? (
        <EgoSearch
          key={ego?.actorId ?? ''}
          actors={actors}
          current={ego ? (actors.find((actor) => actor.id === ego.actorId) ?? null) : null}
          onChoose={(actor) =>
            onChange(actor ? { actorId: actor.id, steps: ego?.steps ?? 1 } : null)
          }
        />
      ) : (
        <EgoSelect actors={actors} ego={ego} language={language} onChange={onChange} />
      )}
      <label className="map-control">
        <span>{t('map.filters.egoSteps')}</span>
        <select
          data-testid="map-filter-ego-steps"
          value={ego?.steps ?? 1}
          disabled={!ego}
          onChange={(event) =>
            ego && onChange({ ...ego, steps: event.target.value === '2' ? 2 : 1 })
          }
        >
          <option value="1">{t('map.filters.oneStep')}</option>
          <option value="2">{t('map.filters.twoSteps')}</option>
        </select>
      </label>
    </div>
  );
}

/** Every actor in a menu, by name: for maps small enough to list them all. */
function EgoSelect({ actors, ego, language, onChange }: EgoFilterProps) {
  const { t } = useTranslation();
  // One collator for the whole sort: localeCompare(…, language) builds one per comparison,
  // which took seconds per render on 1,000 actors.
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(language);
    return [...actors].sort((a, b) => collator.compare(a.name, b.name));
  }, [actors, language]);
  return (
    <label className="map-control">
      <span>{t('map.filters.ego')}</span>
      <select
        data-testid="map-filter-ego"
        value={ego?.actorId ?? ''}
        onChange={(event) => {
          const actor = actors.find((candidate) => candidate.id === event.target.value);
          onChange(actor ? { actorId: actor.id, steps: ego?.steps ?? 1 } : null);
        }}
      >
        <option value="">{t('map.filters.egoNone')}</option>
        {sorted.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.name}
          </option>
        ))}
      </select>
    </label>
  );
}

interface EgoSearchProps {
  actors: readonly Actor[];
  current: Actor | null;
  onChoose: (actor: Actor | null) => void;
}

/**
 * A name field with suggestions for large maps, where a menu of every actor was too slow to
 * build: a suggestion picked, or a full name typed and confirmed (Enter, or leaving the
 * field), chooses the actor; an empty field shows the whole map.
 */
function EgoSearch({ actors, current, onChoose }: EgoSearchProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(current?.name ?? '');
  const choose = (typed: string) => {
    const wanted = fold(typed.trim());
    if (!wanted) return;
    const actor = actors.find((candidate) => fold(candidate.name) === wanted);
    if (actor && actor.id !== current?.id) onChoose(actor);
  };
  return (
    <label className="map-control">
      <span>{t('map.filters.ego')}</span>
      <input
        type="search"
        list="map-ego-names"
        autoComplete="off"
        placeholder={t('map.filters.egoNone')}
        data-testid="map-filter-ego-name"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          if (!event.target.value.trim()) onChoose(null);
          // Picking a suggestion: choose at once. Typing: wait for Enter or leaving the field,
          // so "Actor 1" is not chosen on the way to "Actor 12".
          else if ((event.nativeEvent as InputEvent).inputType === 'insertReplacementText')
            choose(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') choose(query);
        }}
        onBlur={() => choose(query)}
      />
      <datalist id="map-ego-names">
        {namesToOffer(actors, query).map((actor) => (
          <option key={actor.id} value={actor.name} />
        ))}
      </datalist>
    </label>
  );
}
