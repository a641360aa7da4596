import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisDefinitions } from '../../../shared/metrics/analyze.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { ColumnChooser } from './ColumnChooser.tsx';
import { downloadCsv, downloadXlsx } from './download-table.ts';
import { exportTable } from './measure-export.ts';
import { NODE_COLUMNS, type NodeColumn, type NodeRow } from './node-rows.ts';
import { NodeTablePager } from './NodeTablePager.tsx';
import { SizeMeasurePicker } from './SizeMeasurePicker.tsx';
import { useNodeColumns } from './useNodeColumns.tsx';
import { useNodeTable } from './useNodeTable.ts';

interface NodeTableProps {
  rows: NodeRow[];
  definitions: AnalysisDefinitions;
}

/** Every actor's measures: search, sort, choose columns, export what is shown. */
export function NodeTable({ rows, definitions }: NodeTableProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const columns = useNodeColumns(definitions);
  const table = useNodeTable(rows, columns, query);
  const shown = table.getFilteredRowModel().rows.length;

  const exported = () => {
    const visible = NODE_COLUMNS.filter((id) => table.getColumn(id)?.getIsVisible());
    return exportTable(
      table.getPrePaginationRowModel().rows.map((row) => row.original),
      visible,
      {
        id: 'id',
        label: t('measures.node.label.name'),
        sector: t('measures.node.sector.name'),
        measure: (column: NodeColumn) => t(`measures.node.${column}.name`),
      },
    );
  };

  return (
    <section className="measures-panel" aria-labelledby="measures-table-title">
      <h2 id="measures-table-title">{t('measures.table.title')}</h2>
      <div className="table-toolbar measures-toolbar">
        <SearchBox
          id="measures-search"
          label={t('measures.table.search')}
          value={query}
          onChange={setQuery}
          testId="measures-search"
        />
        <p className="table-toolbar__count" role="status">
          {t('measures.table.shown', { shown, total: rows.length })}
        </p>
        <ColumnChooser table={table} />
        <SizeMeasurePicker />
        <button
          type="button"
          className="button"
          data-testid="measures-export-csv"
          onClick={() => downloadCsv(exported(), t('measures.table.fileName'))}
        >
          {t('measures.table.exportCsv')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="measures-export-xlsx"
          onClick={() => void downloadXlsx(exported(), t('measures.table.fileName'))}
        >
          {t('measures.table.exportXlsx')}
        </button>
      </div>
      <DataTable
        table={table}
        caption={t('measures.table.caption')}
        testId="measures-table"
        rowTestId="measures-row"
      />
      <NodeTablePager table={table} />
    </section>
  );
}
