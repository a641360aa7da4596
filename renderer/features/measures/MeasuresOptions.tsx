import { useTranslation } from 'react-i18next';
import { IsoDate } from '../../../shared/domain/dates.ts';
import type { DirectionReason } from '../../../shared/analysis/graph-selection.ts';
import type { AnalysisSettings } from '../../workers/analysis-messages.ts';

interface MeasuresOptionsProps {
  settings: AnalysisSettings;
  onChange: (settings: AnalysisSettings) => void;
  /** How the last result read direction; the choice is offered only for a mixed network. */
  directionReason: DirectionReason | null;
}

/** The day, direction (when the network mixes both kinds of tie types), weights, potential ties. */
export function MeasuresOptions({ settings, onChange, directionReason }: MeasuresOptionsProps) {
  const { t } = useTranslation();
  const mixed = directionReason === 'mixed-directed' || directionReason === 'mixed-undirected';
  const set = (patch: Partial<AnalysisSettings>) => onChange({ ...settings, ...patch });
  return (
    <fieldset className="measures-options" data-testid="measures-options">
      <legend>{t('measures.options.legend')}</legend>
      <div className="field">
        <label htmlFor="measures-at">{t('measures.options.at')}</label>
        <input
          id="measures-at"
          type="date"
          data-testid="measures-at"
          value={settings.at ?? ''}
          aria-describedby="measures-at-hint"
          onChange={(event) => {
            const parsed = IsoDate.safeParse(event.target.value);
            set({ at: parsed.success ? parsed.data : null });
          }}
        />
        <p id="measures-at-hint" className="field__hint">
          {t('measures.options.atHint')}
        </p>
      </div>
      <div className="field">
        <span className="field__label">{t('measures.options.direction')}</span>
        {mixed ? (
          <div role="radiogroup" aria-label={t('measures.options.direction')}>
            <p className="field__hint">{t(`measures.options.directionFixed.${directionReason}`)}</p>
            {(['undirected', 'directed'] as const).map((direction) => (
              <label key={direction} className="checkbox">
                <input
                  type="radio"
                  name="measures-direction"
                  value={direction}
                  data-testid={`measures-direction-${direction}`}
                  checked={settings.direction === direction}
                  onChange={() => set({ direction })}
                />
                {t(`measures.options.${direction}`)}
              </label>
            ))}
          </div>
        ) : (
          <p className="field__hint" data-testid="measures-direction-fixed">
            {directionReason ? t(`measures.options.directionFixed.${directionReason}`) : '…'}
          </p>
        )}
      </div>
      <div className="field">
        <label className="checkbox" title={t('measures.options.weightedHint')}>
          <input
            type="checkbox"
            data-testid="measures-weighted"
            checked={settings.weighted}
            onChange={(event) => set({ weighted: event.target.checked })}
          />
          {t('measures.options.weighted')}
        </label>
        <p className="field__hint">{t('measures.options.weightedHint')}</p>
        <label className="checkbox" title={t('measures.options.includePotentialHint')}>
          <input
            type="checkbox"
            data-testid="measures-potential"
            checked={settings.includePotential}
            onChange={(event) => set({ includePotential: event.target.checked })}
          />
          {t('measures.options.includePotential')}
        </label>
        <p className="field__hint">{t('measures.options.includePotentialHint')}</p>
      </div>
    </fieldset>
  );
}
