import type { Table } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { NODE_COLUMNS, type NodeRow } from './node-rows.ts';

/** A drop-down list of checkboxes: which measure columns the table (and the export) shows. */
export function ColumnChooser({ table }: { table: Table<NodeRow> }) {
  const { t } = useTranslation();
  return (
    <details className="column-chooser" data-testid="measures-columns">
      <summary className="button">{t('measures.table.columns')}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('measures.table.columns')}</legend>
        {NODE_COLUMNS.map((id) => {
          const column = table.getColumn(id);
          if (!column) return null;
          return (
            <label key={id} className="checkbox">
              <input
                type="checkbox"
                checked={column.getIsVisible()}
                onChange={column.getToggleVisibilityHandler()}
                data-testid={`measures-column-${id}`}
              />
              {t(`measures.node.${id}.name`)}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
