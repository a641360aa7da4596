import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
  type TableOptions,
} from '@tanstack/react-table';
import { useDeferredValue } from 'react';

interface SearchableTableOptions<T extends { searchKey: string }> {
  rows: T[];
  columns: TableOptions<T>['columns'];
  /** Already passed through `searchKey`; matched against each row's `searchKey`. */
  query: string;
  rowId: (row: T) => string;
  initialSorting: SortingState;
}

/**
 * A sortable table filtered by a search text. The filter uses a deferred copy of the query,
 * so typing stays responsive with thousands of rows while the table catches up.
 */
export function useSearchableTable<T extends { searchKey: string }>(
  options: SearchableTableOptions<T>,
) {
  const query = useDeferredValue(options.query);
  // This warning is about the React Compiler, which Tejido does not use; the table's
  // functions are only called during render, where they always see the current state.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useReactTable({
    data: options.rows,
    columns: options.columns,
    getRowId: options.rowId,
    state: { globalFilter: query === '' ? undefined : query },
    initialState: { sorting: options.initialSorting },
    globalFilterFn: (row, _columnId, value: string) => row.original.searchKey.includes(value),
    // One pass per row: the filter looks at the row's search key, not at each column.
    getColumnCanGlobalFilter: (column) => column.getIndex() === 0,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
}
