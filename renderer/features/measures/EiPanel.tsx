import { useTranslation } from 'react-i18next';
import type { GroupMeasures } from '../../../shared/metrics/analyze.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatMeasure } from './format-measure.ts';
import { GroupDensityTable } from './GroupDensityTable.tsx';

interface EiPanelProps {
  groups: GroupMeasures;
  sectorName: (key: string) => string;
  groupName: (id: string) => string;
}

/** Krackhardt–Stern E-I index of the whole network by sector, of each sector and each community. */
export function EiPanel({ groups, sectorName, groupName }: EiPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const bySector = Object.entries(groups.sectorEi.bySector);
  const byGroup = Object.entries(groups.groupEi);
  return (
    <section className="measures-panel" aria-labelledby="measures-ei-title">
      <h2 id="measures-ei-title" title={t('measures.ei.help')}>
        {t('measures.ei.title')}
      </h2>
      <p className="muted">{t('measures.ei.help')}</p>
      <p data-testid="ei-whole">
        {t('measures.ei.whole')}: <strong>{formatMeasure(groups.sectorEi.whole, language)}</strong>
      </p>
      <div className="ei-tables">
        <EiTable
          title={t('measures.ei.bySector')}
          rows={bySector.map(([key, value]) => [sectorName(key), value])}
          testId="ei-sectors"
        />
        {byGroup.length === 0 ? (
          <p className="empty-state">{t('measures.ei.noCommunities')}</p>
        ) : (
          <EiTable
            title={t('measures.ei.byCommunity')}
            rows={byGroup.map(([id, value]) => [groupName(id), value])}
            testId="ei-communities"
          />
        )}
      </div>
      <GroupDensityTable density={groups.groupDensity} groupName={groupName} />
    </section>
  );
}

function EiTable(props: { title: string; rows: [string, number | null][]; testId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <table className="data-table ei-table" data-testid={props.testId}>
      <caption>{props.title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('measures.ei.group')}</th>
          <th scope="col" title={t('measures.ei.help')}>
            {t('measures.ei.value')}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map(([name, value]) => (
          <tr key={name}>
            <td>{name}</td>
            <td className="number">{formatMeasure(value, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
