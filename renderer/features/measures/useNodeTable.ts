import {
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useDeferredValue, useState } from 'react';
import { DEFAULT_HIDDEN, type NodeRow } from './node-rows.ts';

/** Rows drawn at once: a page of 100 stays instant even for thousands of actors. */
export const NODE_PAGE_SIZE = 100;

const initialVisibility: VisibilityState = Object.fromEntries(
  DEFAULT_HIDDEN.map((column) => [column, false]),
);

/**
 * The measures table model: sorted by betweenness (largest first) at first, filtered by a
 * deferred search text so typing stays responsive, with columns that can be hidden.
 */
export function useNodeTable(rows: NodeRow[], columns: ColumnDef<NodeRow>[], query: string) {
  const deferredQuery = useDeferredValue(query.trim().toLocaleLowerCase());
  const [sorting, setSorting] = useState<SortingState>([{ id: 'betweenness', desc: true }]);
  const [visibility, setVisibility] = useState<VisibilityState>(initialVisibility);
  // This warning is about the React Compiler, which Tejido does not use; the table's
  // functions are only called during render, where they always see the current state.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useReactTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    state: {
      sorting,
      columnVisibility: visibility,
      globalFilter: deferredQuery === '' ? undefined : deferredQuery,
    },
    initialState: { pagination: { pageIndex: 0, pageSize: NODE_PAGE_SIZE } },
    onSortingChange: setSorting,
    // Two states per column (largest first, then smallest): a measures table is always ranked.
    enableSortingRemoval: false,
    onColumnVisibilityChange: setVisibility,
    globalFilterFn: (row, _column, value: string) => row.original.searchKey.includes(value),
    getColumnCanGlobalFilter: (column) => column.getIndex() === 0,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
  });
}
