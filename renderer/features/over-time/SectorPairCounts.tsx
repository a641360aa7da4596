import { useTranslation } from 'react-i18next';
import type { Names } from './useNames.ts';

/** How many sector pairs show before the rest fold away. */
const SHOWN = 6;

interface SectorPairCountsProps {
  /** Counts by sector-pair key ("cso|government"). */
  counts: Record<string, number>;
  names: Names;
}

/** New alliances by sector pair, largest first; the long tail folded under "All sector pairs". */
export function SectorPairCounts({ counts, names }: SectorPairCountsProps) {
  const { t } = useTranslation();
  const pairs = Object.entries(counts).sort(([, a], [, b]) => b - a);
  if (pairs.length === 0) return null;
  const table = (rows: [string, number][]) => (
    <table className="data-table" data-testid="alliance-pairs">
      <thead>
        <tr>
          <th scope="col">{t('overTime.indicators.newAlliances.pair')}</th>
          <th scope="col">{t('overTime.indicators.newAlliances.count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([pair, count]) => {
          const [a, b] = pair.split('|');
          return (
            <tr key={pair}>
              <td>
                {names.sector(a ?? null)} – {names.sector(b ?? null)}
              </td>
              <td className="number">{count}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return (
    <>
      {table(pairs.slice(0, SHOWN))}
      {pairs.length > SHOWN && (
        <details>
          <summary>
            {t('overTime.indicators.newAlliances.morePairs', { count: pairs.length - SHOWN })}
          </summary>
          {table(pairs.slice(SHOWN))}
        </details>
      )}
    </>
  );
}
