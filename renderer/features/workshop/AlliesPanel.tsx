import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import { suggestAllies, type AllyRating } from '../../../shared/allies/suggest-allies.ts';
import type { Rating } from '../../../shared/domain/workshop.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { labelOf } from '../catalog/label-of.ts';
import { allyReasonText } from './ally-reason-text.ts';

interface AlliesPanelProps {
  snapshot: NetworkSnapshot;
  actorId: string | null;
  ratings: ReadonlyMap<string, Rating>;
  onAddPotential: (candidateId: string) => void;
  adding: boolean;
}

/** How many suggestions the side panel lists. */
const SHOWN = 8;

/** The room's ratings as suggestAllies reads them (unrated influence counts as none). */
export function allyRatings(ratings: ReadonlyMap<string, Rating>): Map<string, AllyRating> {
  return new Map(
    [...ratings].map(([id, rating]) => [
      id,
      { influence: rating.influence ?? 0, stance: rating.stance },
    ]),
  );
}

/**
 * Potential allies of the chosen actor from the whole project's network (not only the
 * session's: a partner known from a survey is evidence too), with the session's ratings,
 * each with its reasons and "Add as potential tie".
 */
export function AlliesPanel({
  snapshot,
  actorId,
  ratings,
  onAddPotential,
  adding,
}: AlliesPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const suggestions = useMemo(
    () =>
      actorId && snapshot.actors.some((actor) => actor.id === actorId)
        ? suggestAllies(snapshot, actorId, { limit: SHOWN, ratings: allyRatings(ratings) })
        : [],
    [snapshot, actorId, ratings],
  );
  if (!actorId) return <p className="muted">{t('workshop.allies.choose')}</p>;
  const names = new Map<string, string>(snapshot.actors.map((actor) => [actor.id, actor.name]));
  const sectors = new Map(
    snapshot.sectors.map((sector) => [sector.key, labelOf(sector, language)]),
  );
  const nameOf = (id: string) => names.get(id) ?? id;
  const sectorName = (key: string) => sectors.get(key) ?? key;
  return (
    <div data-testid="workshop-allies">
      <h3 className="workshop-side__heading">
        {t('workshop.allies.title', { name: nameOf(actorId) })}
      </h3>
      {suggestions.length === 0 && <p className="muted">{t('workshop.allies.none')}</p>}
      <ol className="workshop-allies">
        {suggestions.map((suggestion) => (
          <li key={suggestion.actorId} className="workshop-ally" data-testid="workshop-ally">
            <div className="workshop-ally__head">
              <strong>{suggestion.name}</strong>
              {suggestion.sector && (
                <span className="muted"> · {sectorName(suggestion.sector)}</span>
              )}
              <span className="workshop-ally__score">
                {t('allies.score', { score: suggestion.score.toFixed(2) })}
              </span>
            </div>
            <ul className="workshop-ally__reasons">
              {suggestion.reasons.map((reason) => (
                <li key={reason.code}>{allyReasonText(reason, t, nameOf, sectorName)}</li>
              ))}
            </ul>
            <button
              type="button"
              className="button"
              disabled={adding}
              data-testid="workshop-ally-add"
              onClick={() => onAddPotential(suggestion.actorId)}
            >
              {t('workshop.allies.add')}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
