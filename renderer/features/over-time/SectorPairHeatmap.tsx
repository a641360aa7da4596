import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectorPairMatrix } from '../../../shared/temporal/sector-pairs.ts';
import { mixingChartOption } from '../measures/mixing-chart-option.ts';
import { useChart } from './useChart.ts';

interface SectorPairHeatmapProps {
  matrix: SectorPairMatrix;
  sectorName: (key: string) => string;
}

/** Counts between each pair of sectors as a heatmap: the Measures screen's mixing chart, reused. */
export function SectorPairHeatmap({ matrix, sectorName }: SectorPairHeatmapProps) {
  const { t } = useTranslation();
  const names = matrix.sectors.map(sectorName);
  const namesKey = names.join('\n');
  const option = useMemo(() => {
    const labels = namesKey.split('\n');
    const cells = matrix.counts.flatMap((row, i) =>
      row.flatMap((count, j) =>
        j >= i && count > 0
          ? [t('overTime.changes.cell', { row: labels[i] ?? '', column: labels[j] ?? '', count })]
          : [],
      ),
    );
    return {
      ...mixingChartOption(
        { sectors: matrix.sectors, ties: matrix.counts, unclassified: 0 },
        labels,
        (row, column, count) => t('overTime.changes.cell', { row, column, count }),
      ),
      aria: {
        enabled: true,
        label: { description: `${t('overTime.changes.matrixTitle')}: ${cells.join('; ')}.` },
      },
    };
  }, [matrix, namesKey, t]);
  const element = useChart(option);
  if (matrix.sectors.length === 0) {
    return <p className="empty-state">{t('overTime.changes.matrixEmpty')}</p>;
  }
  return (
    <div
      ref={element}
      className="mixing-heatmap"
      role="img"
      aria-label={t('overTime.changes.matrixTitle')}
      data-testid="changes-heatmap"
      style={{ height: `${Math.max(260, 80 + names.length * 40)}px` }}
    />
  );
}
