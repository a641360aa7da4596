import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { MapFilters } from '../../../shared/domain/view.ts';
import type { Language } from '../../../shared/i18n/catalogs.ts';

interface EgoFilterProps {
  actors: readonly Actor[];
  ego: MapFilters['ego'];
  language: Language;
  onChange: (ego: MapFilters['ego']) => void;
}

/** Ego network: one actor and everyone 1 or 2 steps away. */
export function EgoFilter({ actors, ego, language, onChange }: EgoFilterProps) {
  const { t } = useTranslation();
  // One collator for the whole sort: localeCompare(…, language) builds one per comparison,
  // which took seconds per render on 1,000 actors.
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(language);
    return [...actors].sort((a, b) => collator.compare(a.name, b.name));
  }, [actors, language]);
  return (
    <div className="map-ego">
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
