import { useTranslation } from 'react-i18next';
import type { NewAlliance } from '../../../shared/temporal/new-alliances.ts';
import type { Names } from './useNames.ts';

interface AllianceListProps {
  alliances: readonly NewAlliance[];
  names: Names;
}

/** Each new alliance: when it started, between whom and which sectors, and what shows it. */
export function AllianceList({ alliances, names }: AllianceListProps) {
  const { t } = useTranslation();
  if (alliances.length === 0) {
    return <p className="empty-state">{t('overTime.changes.alliancesEmpty')}</p>;
  }
  return (
    <div className="table-scroll alliance-list">
      <table className="data-table" data-testid="alliance-list">
        <caption className="visually-hidden">{t('overTime.changes.alliancesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overTime.changes.date')}</th>
            <th scope="col">{t('overTime.changes.actors')}</th>
            <th scope="col">{t('overTime.changes.sectors')}</th>
            <th scope="col">{t('overTime.changes.type')}</th>
            <th scope="col">{t('overTime.changes.evidence')}</th>
            <th scope="col">{t('overTime.changes.note')}</th>
          </tr>
        </thead>
        <tbody>
          {alliances.map((alliance) => (
            <tr key={`${alliance.tieId}-${alliance.date}`} data-testid="alliance-row">
              <td className="nowrap">{alliance.date}</td>
              <td>
                {names.actor(alliance.source)} – {names.actor(alliance.target)}
              </td>
              <td>
                {names.sector(alliance.sourceSector)} – {names.sector(alliance.targetSector)}
              </td>
              <td>{names.tieType(alliance.type)}</td>
              <td>{t(`data.ties.evidence.${alliance.evidence ?? 'none'}`)}</td>
              <td>{alliance.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
