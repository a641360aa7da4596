import { useTranslation } from 'react-i18next';
import type { GroupDensity } from '../../../shared/metrics/groups/group-density.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatMeasure } from './format-measure.ts';

interface GroupDensityTableProps {
  density: GroupDensity;
  groupName: (id: string) => string;
}

/**
 * Density inside each learning community (diagonal) and between each pair of them. Columns are
 * numbered like the rows (full names on hover), so long community names keep the table narrow.
 */
export function GroupDensityTable({ density, groupName }: GroupDensityTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (density.groups.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="data-table group-density-table" data-testid="group-density">
        <caption title={t('measures.groupDensity.help')}>
          {t('measures.groupDensity.title')}
        </caption>
        <thead>
          <tr>
            <td />
            {density.groups.map((id, index) => (
              <th key={id} scope="col" title={groupName(id)} className="number">
                {index + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {density.groups.map((id, row) => (
            <tr key={id}>
              <th scope="row">{`${row + 1}. ${groupName(id)}`}</th>
              {density.density[row]?.map((value, column) => (
                <td key={density.groups[column]} className="number">
                  {formatMeasure(value, language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('measures.groupDensity.help')}</p>
    </div>
  );
}
