import { useTranslation } from 'react-i18next';
import { Stance, type Rating } from '../../../shared/domain/workshop.ts';
import type { EntryKeyAction } from './entry-keys.ts';
import { STANCE_KEYS } from './entry-keys.ts';

const INFLUENCE_LEVELS = [0, 1, 2, 3, 4, 5] as const;
const KEY_OF_STANCE = Object.fromEntries(
  Object.entries(STANCE_KEYS).map(([key, stance]) => [stance, key]),
) as Record<Stance, string>;

/** Influence 0–5 and stance as large toggle buttons, each showing its key. */
export function RatingChoices({
  rating,
  onAct,
}: {
  rating: Pick<Rating, 'influence' | 'stance'>;
  onAct: (action: EntryKeyAction) => void;
}) {
  const { t } = useTranslation();
  const { influence, stance } = rating;
  return (
    <>
      <p className="workshop-stage-panel__hint">{t('workshop.rating.influenceHint')}</p>
      <div
        className="workshop-choices"
        role="radiogroup"
        aria-label={t('workshop.rating.influence')}
      >
        {INFLUENCE_LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            role="radio"
            aria-checked={influence === level}
            className="workshop-choice workshop-choice--toggle workshop-choice--square"
            data-testid={`workshop-influence-${level}`}
            title={t(`workshop.rating.levels.${level}`)}
            onClick={() => onAct({ kind: 'influence', value: level })}
          >
            <kbd>{level}</kbd>
          </button>
        ))}
      </div>
      <div className="workshop-choices" role="radiogroup" aria-label={t('workshop.rating.stance')}>
        {Stance.options.map((option) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={stance === option}
            className={`workshop-choice workshop-choice--toggle workshop-stance--${option}`}
            data-testid={`workshop-stance-${option}`}
            onClick={() => onAct({ kind: 'stance', stance: option })}
          >
            <kbd>{KEY_OF_STANCE[option]}</kbd>
            {t(`allies.stances.${option}`)}
          </button>
        ))}
      </div>
    </>
  );
}
