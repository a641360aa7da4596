import type { ColumnDef, Row } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisDefinitions } from '../../../shared/metrics/analyze.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatMeasure } from './format-measure.ts';
import { NODE_COLUMNS, nodeValue, type NodeColumn, type NodeRow } from './node-rows.ts';
import { useMeasureHelp } from './useMeasureHelp.ts';

/** Missing values sort below every number, whichever way the column is sorted. */
function compareMeasures(column: NodeColumn) {
  return (a: Row<NodeRow>, b: Row<NodeRow>): number => {
    const left = nodeValue(a.original, column) ?? Number.NEGATIVE_INFINITY;
    const right = nodeValue(b.original, column) ?? Number.NEGATIVE_INFINITY;
    return left === right ? 0 : left < right ? -1 : 1;
  };
}

function Title({ name, help, id }: { name: string; help: string; id: string }) {
  return (
    <span title={help} data-testid={`measure-header-${id}`}>
      {name}
    </span>
  );
}

/** Actor, sector and one column per measure; every header explains its measure on hover. */
export function useNodeColumns(definitions: AnalysisDefinitions | null): ColumnDef<NodeRow>[] {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const help = useMeasureHelp(definitions);
  return useMemo(
    () => [
      {
        id: 'label',
        accessorFn: (row) => row.label,
        header: () => (
          <Title
            id="label"
            name={t('measures.node.label.name')}
            help={t('measures.node.label.help')}
          />
        ),
        sortingFn: (a, b) => a.original.label.localeCompare(b.original.label, language),
        enableHiding: false,
      },
      {
        id: 'sector',
        accessorFn: (row) => row.sectorLabel,
        header: () => (
          <Title
            id="sector"
            name={t('measures.node.sector.name')}
            help={t('measures.node.sector.help')}
          />
        ),
      },
      ...NODE_COLUMNS.map((column): ColumnDef<NodeRow> => ({
        id: column,
        accessorFn: (row) => nodeValue(row, column),
        header: () => (
          <Title id={column} name={t(`measures.node.${column}.name`)} help={help('node', column)} />
        ),
        cell: ({ row }) => formatMeasure(nodeValue(row.original, column), language),
        sortingFn: compareMeasures(column),
        sortDescFirst: true,
      })),
    ],
    [t, language, help],
  );
}
