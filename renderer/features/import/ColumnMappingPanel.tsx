import { useTranslation } from 'react-i18next';
import type { TableLayoutView, TableMapping } from '../../../shared/api/imports.ts';
import {
  mappingFaults,
  rolesFor,
  type ColumnRole,
  type TableKind,
} from '../../../shared/formats/csv/column-mapping.ts';
import {
  recognisedMapping,
  withRole,
  withTableKind,
  type RememberedRoles,
} from './mapping-changes.ts';
import { PlainTable } from './PlainTable.tsx';

interface ColumnMappingPanelProps {
  tables: readonly TableLayoutView[];
  /** The format's name as the wizard shows it, for the fixed-structure notice. */
  formatLabel: string;
  disabled: boolean;
  /** The roles each table had as each kind, restored when it is read as that kind again. */
  remembered: RememberedRoles;
  onChange: (mapping: TableMapping[]) => void;
}

/**
 * Each table's columns with the role recognised for them and a select to change it; or,
 * for formats with a fixed structure, a line saying there is nothing to map.
 */
export function ColumnMappingPanel(props: ColumnMappingPanelProps) {
  const { t } = useTranslation();
  if (props.tables.length === 0) {
    return (
      <p className="muted" data-testid="mapping-fixed">
        {t('import.mapping.fixed', { format: props.formatLabel })}
      </p>
    );
  }
  return (
    <section className="column-mapping" aria-labelledby="column-mapping-title">
      <h3 id="column-mapping-title">{t('import.mapping.heading')}</h3>
      <p className="muted">{t('import.mapping.intro')}</p>
      {props.tables.map((table, index) => (
        <MappedTable key={`${table.file}/${table.sheet ?? ''}`} index={index} {...props} />
      ))}
    </section>
  );
}

function MappedTable(props: ColumnMappingPanelProps & { index: number }) {
  const { t } = useTranslation();
  const { tables, index, disabled, remembered, onChange } = props;
  const table = tables[index]!;
  const roleLabel = (role: ColumnRole) => t(`import.mapping.roles.${role}`);
  const caption =
    table.sheet === null
      ? t('import.mapping.table', { file: table.file })
      : t('import.mapping.tableSheet', { file: table.file, sheet: table.sheet });
  const faults = mappingFaults(table.table, table.roles);
  const kindId = `mapping-table-kind-${index}`;
  return (
    <div className="column-mapping__table" data-testid={`mapping-table-${index}`}>
      <div className="field">
        <label htmlFor={kindId}>
          {caption} — {t('import.mapping.readAs')}
        </label>
        <select
          id={kindId}
          data-testid={kindId}
          value={table.table}
          disabled={disabled}
          onChange={(event) =>
            onChange(withTableKind(tables, index, event.target.value as TableKind, remembered))
          }
        >
          {(['actors', 'ties'] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t(`import.mapping.tables.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {faults.length > 0 && (
        <ul className="notice notice--warning" data-testid="mapping-faults" role="alert">
          {faults.map((fault) => (
            <li key={`${fault.code}/${fault.role}`} data-testid="mapping-fault">
              {t(`import.mapping.faults.${fault.code}`, {
                role: roleLabel(fault.role),
                columns: fault.columns
                  .map((column) => `"${table.headers[column] ?? ''}"`)
                  .join(', '),
              })}
            </li>
          ))}
        </ul>
      )}
      {table.roles.some((role, column) => role !== table.detected[column]) && (
        <div>
          <button
            type="button"
            className="button"
            data-testid={`mapping-recognised-${index}`}
            disabled={disabled}
            onClick={() => onChange(recognisedMapping(tables))}
          >
            {t('import.mapping.useRecognised')}
          </button>
        </div>
      )}
      <PlainTable
        caption={caption}
        captionHidden
        testId={`mapping-columns-${index}`}
        rowTestId="mapping-column"
        headers={[
          t('import.mapping.column'),
          t('import.mapping.role'),
          t('import.mapping.recognised'),
        ]}
        rows={table.headers.map((header, column) => [
          header,
          <select
            key="role"
            aria-label={`${t('import.mapping.role')}: ${header}`}
            data-testid={`mapping-role-${index}-${column}`}
            value={table.roles[column] ?? 'attribute'}
            disabled={disabled}
            onChange={(event) =>
              onChange(withRole(tables, index, column, event.target.value as ColumnRole))
            }
          >
            {rolesFor(table.table).map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </select>,
          table.detected[column] === 'attribute'
            ? t('import.mapping.notRecognised')
            : roleLabel(table.detected[column] ?? 'attribute'),
        ])}
      />
    </div>
  );
}
