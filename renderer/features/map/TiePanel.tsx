import { useTranslation } from 'react-i18next';
import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import type { Tie } from '../../../shared/domain/tie.ts';
import type { Language } from '../../../shared/i18n/catalogs.ts';
import { labelOf } from '../catalog/label-of.ts';

interface TiePanelProps {
  tie: Tie;
  snapshot: NetworkSnapshot;
  language: Language;
  onClose: () => void;
}

/** The selected tie: who, type, weight, status, dates and evidence. */
export function TiePanel({ tie, snapshot, language, onClose }: TiePanelProps) {
  const { t } = useTranslation();
  const nameOf = (id: string) => snapshot.actors.find((actor) => actor.id === id)?.name ?? id;
  const type = snapshot.tieTypes.find((candidate) => candidate.key === tie.type);
  const names = { source: nameOf(tie.source), target: nameOf(tie.target) };
  return (
    <aside className="map-details" aria-labelledby="map-tie-title" data-testid="tie-panel">
      <header className="map-details__header">
        <h2 id="map-tie-title">
          {type?.directed ? t('map.tie.directedBetween', names) : t('map.tie.between', names)}
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('map.actor.close')}
        </button>
      </header>
      <dl className="map-details__facts">
        <dt>{t('map.tie.type')}</dt>
        <dd>{type ? labelOf(type, language) : tie.type}</dd>
        <dt>{t('map.tie.weight')}</dt>
        <dd>{new Intl.NumberFormat(language).format(tie.weight)}</dd>
        <dt>{t('map.tie.status')}</dt>
        <dd>{t(`map.status.${tie.status}`)}</dd>
        <dt>{t('map.tie.dates')}</dt>
        <dd>
          {tie.spells.length === 0
            ? t('map.tie.noDates')
            : tie.spells.map((spell) => (
                <span key={`${spell.start}-${spell.end}`} className="map-details__spell">
                  {t('map.tie.spell', {
                    start: spell.start ?? t('map.tie.since'),
                    end: spell.end ?? t('map.tie.stillActive'),
                  })}
                </span>
              ))}
        </dd>
        <dt>{t('map.tie.evidence')}</dt>
        <dd>{t(`map.evidence.${tie.evidence ?? 'none'}`)}</dd>
        {tie.note && (
          <>
            <dt>{t('map.tie.note')}</dt>
            <dd>{tie.note}</dd>
          </>
        )}
      </dl>
    </aside>
  );
}
