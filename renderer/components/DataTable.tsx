import { flexRender, type Header, type Row, type Table } from '@tanstack/react-table';
import { memo, useEffect, useRef, type JSX } from 'react';
import { useTranslation } from 'react-i18next';

interface DataTableProps<T> {
  table: Table<T>;
  caption: string;
  /** Names the table for CSS (column widths) and tests. */
  testId: string;
  rowTestId: string;
  /** A row to bring into view and highlight briefly (one just added or edited). */
  revealedId?: string | null;
}

/** A sortable table of a TanStack Table model. Columns ids double as CSS classes (`col-…`). */
export function DataTable<T>(props: DataTableProps<T>) {
  const { table, caption, testId, rowTestId, revealedId } = props;
  const columns = table.options.columns;
  return (
    <div className="table-scroll">
      <table className={`data-table data-table--${testId}`} data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <TableRow
              key={row.id}
              row={row}
              columns={columns}
              testId={rowTestId}
              revealed={row.id === revealedId}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell<T>({ header }: { header: Header<T, unknown> }) {
  const { t } = useTranslation();
  const sorted = header.column.getIsSorted();
  const content = flexRender(header.column.columnDef.header, header.getContext());
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
  return (
    <th scope="col" className={`col-${header.column.id}`} aria-sort={ariaSort}>
      {header.column.getCanSort() ? (
        <button
          type="button"
          className="sort-button"
          onClick={header.column.getToggleSortingHandler()}
        >
          {content}
          <span className="sort-button__arrow" aria-hidden="true">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          </span>
          {sorted && (
            <span className="visually-hidden">
              {' '}
              {t(sorted === 'asc' ? 'data.table.sortAscending' : 'data.table.sortDescending')}
            </span>
          )}
        </button>
      ) : (
        content
      )}
    </th>
  );
}

interface TableRowProps<T> {
  row: Row<T>;
  /** Only compared: new columns (another language, new callbacks) must re-render the row. */
  columns: unknown;
  testId: string;
  revealed: boolean;
}

/**
 * TanStack keeps row objects across filtering and sorting, so a memoised row skips its
 * cells while someone types in the search box; only rows entering the view render.
 */
const TableRow = memo(function TableRow<T>({ row, testId, revealed }: TableRowProps<T>) {
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (revealed) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [revealed]);
  return (
    <tr ref={ref} data-testid={testId} className={revealed ? 'is-revealed' : undefined}>
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={`col-${cell.column.id}`}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
  // memo() drops the type parameter; restore the generic signature of the wrapped function.
}) as <T>(props: TableRowProps<T>) => JSX.Element;
