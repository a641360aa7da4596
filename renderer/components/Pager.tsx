import type { Table } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';

/** Previous / next page of a table, with which rows are shown. Hidden for a single page. */
export function Pager<T>({ table }: { table: Table<T> }) {
  const { t } = useTranslation();
  const pages = table.getPageCount();
  if (pages <= 1) return null;
  const { pageIndex, pageSize } = table.getState().pagination;
  const total = table.getPrePaginationRowModel().rows.length;
  const from = pageIndex * pageSize + 1;
  const to = Math.min(total, from + pageSize - 1);
  return (
    <nav className="pager" aria-label={t('data.table.pager.label')}>
      <button
        type="button"
        className="button button--small"
        data-testid="pager-previous"
        disabled={!table.getCanPreviousPage()}
        onClick={() => table.previousPage()}
      >
        {t('data.table.pager.previous')}
      </button>
      <p className="pager__status" aria-live="polite">
        {t('data.table.pager.range', { from, to, total })}
      </p>
      <button
        type="button"
        className="button button--small"
        data-testid="pager-next"
        disabled={!table.getCanNextPage()}
        onClick={() => table.nextPage()}
      >
        {t('data.table.pager.next')}
      </button>
    </nav>
  );
}
