import { useTranslation } from 'react-i18next';
import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { MapMeasureKey } from '../../../shared/domain/view.ts';
import type { ActorId } from '../../../shared/domain/ids.ts';
import type { Language } from '../../../shared/i18n/catalogs.ts';
import { measureOf, type MapMeasures } from '../../../shared/map/map-measures.ts';
import { labelOf } from '../catalog/label-of.ts';
import { tiesBySector } from './ties-by-sector.ts';

interface ActorPanelProps {
  actor: Actor;
  snapshot: NetworkSnapshot;
  measures: MapMeasures;
  language: Language;
  onClose: () => void;
  onEgo: (actorId: ActorId) => void;
  onSelectTie: (tieId: string) => void;
}

/** The selected actor: details, its measures, its ties grouped by the other end's sector. */
export function ActorPanel({ actor, snapshot, measures, language, ...on }: ActorPanelProps) {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 3 });
  const sector = snapshot.sectors.find((candidate) => candidate.key === actor.sector);
  const groups = tiesBySector(actor.id, snapshot, language, t('map.legend.noSector'));
  const tieCount = groups.reduce((total, group) => total + group.ties.length, 0);
  return (
    <aside className="map-details" aria-labelledby="map-actor-name" data-testid="actor-panel">
      <header className="map-details__header">
        <h2 id="map-actor-name">{actor.name}</h2>
        <button type="button" className="button button--small" onClick={on.onClose}>
          {t('map.actor.close')}
        </button>
      </header>
      <dl className="map-details__facts">
        <dt>{t('map.actor.sector')}</dt>
        <dd>{sector ? labelOf(sector, language) : t('map.legend.noSector')}</dd>
        <dt>{t('map.actor.kind')}</dt>
        <dd>{t(`map.legend.${actor.kind}`)}</dd>
        {actor.region && (
          <>
            <dt>{t('map.actor.region')}</dt>
            <dd>{actor.region}</dd>
          </>
        )}
      </dl>
      {actor.notes && <p className="map-details__notes">{actor.notes}</p>}
      <h3>{t('map.actor.measures')}</h3>
      <table className="map-measures" data-testid="actor-measures">
        <tbody>
          {MapMeasureKey.options.map((key) => {
            const value = measureOf(measures, key, actor.id);
            return (
              <tr key={key} data-measure={key}>
                <th scope="row">{t(`map.measures.${key}`)}</th>
                <td>{value === null ? t('map.actor.notComputed') : number.format(value)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted map-details__note">{t('map.measuresNote')}</p>
      <button type="button" className="button button--small" onClick={() => on.onEgo(actor.id)}>
        {t('map.actor.ego')}
      </button>
      <h3>{t('map.actor.ties', { count: tieCount })}</h3>
      {groups.length === 0 && <p className="muted">{t('map.actor.noTies')}</p>}
      {groups.map((group) => (
        <section key={group.key} className="map-details__group">
          <h4>{group.label}</h4>
          <ul>
            {group.ties.map((tie) => (
              <li key={tie.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => on.onSelectTie(tie.id)}
                >
                  {tie.otherName}
                </button>{' '}
                <span className="muted">
                  {tie.typeLabel}
                  {tie.potential ? ` · ${t('map.status.potential')}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
