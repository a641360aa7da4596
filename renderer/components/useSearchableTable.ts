import {
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type PaginationState,
  type SortingState,
  type TableOptions,
  type Updater,
} from '@tanstack/react-table';
import { useCallback, useDeferredValue, useState } from 'react';

/**
 * Rows drawn at once. Drawing thousands of rows costs seconds of layout on a modest laptop;
 * a page of 100 stays instant, and search and sorting still see every row.
 */
export const PAGE_SIZE = 100;

interface SearchableTableOptions<T extends { searchKey: string }> {
  rows: T[];
  columns: TableOptions<T>['columns'];
  /** Already passed through `searchKey`; matched against each row's `searchKey`. */
  query: string;
  rowId: (row: T) => string;
  initialSorting: SortingState;
}

/**
 * A sortable, paged table filtered by a search text. The filter uses a deferred copy of the
 * query, so typing stays responsive while the table catches up. `reveal(id)` turns to the
 * page holding that row as soon as it is in the data (say, right after it was added).
 */
export function useSearchableTable<T extends { searchKey: string }>(
  options: SearchableTableOptions<T>,
) {
  const query = useDeferredValue(options.query);
  const [pageIndex, setPageIndex] = useState(0);
  const [shownQuery, setShownQuery] = useState(query);
  const [pending, setPending] = useState<string | null>(null);
  const [revealedId, setRevealedId] = useState<string | null>(null);
  if (shownQuery !== query) {
    setShownQuery(query);
    setPageIndex(0);
  }
  const onPaginationChange = useCallback((updater: Updater<PaginationState>) => {
    setPageIndex((index) => {
      const next =
        typeof updater === 'function'
          ? updater({ pageIndex: index, pageSize: PAGE_SIZE })
          : updater;
      return next.pageIndex;
    });
  }, []);
  // This warning is about the React Compiler, which Tejido does not use; the table's
  // functions are only called during render, where they always see the current state.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: options.rows,
    columns: options.columns,
    getRowId: options.rowId,
    state: {
      globalFilter: query === '' ? undefined : query,
      pagination: { pageIndex, pageSize: PAGE_SIZE },
    },
    initialState: { sorting: options.initialSorting },
    onPaginationChange,
    autoResetPageIndex: false,
    globalFilterFn: (row, _columnId, value: string) => row.original.searchKey.includes(value),
    // One pass per row: the filter looks at the row's search key, not at each column.
    getColumnCanGlobalFilter: (column) => column.getIndex() === 0,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
  });
  // After deletions the current page may no longer exist: show the last one instead.
  const lastPage = Math.max(0, table.getPageCount() - 1);
  if (pageIndex > lastPage) setPageIndex(lastPage);
  if (pending !== null && table.getCoreRowModel().rowsById[pending]) {
    const index = table.getPrePaginationRowModel().rows.findIndex((row) => row.id === pending);
    setPending(null);
    if (index >= 0) {
      setPageIndex(Math.floor(index / PAGE_SIZE));
      setRevealedId(pending);
    }
  }
  return { table, reveal: setPending, revealedId };
}
