import type { Table } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { NodeRow } from './node-rows.ts';

/** Previous / next page, shown only when the actors do not fit on one page. */
export function NodeTablePager({ table }: { table: Table<NodeRow> }) {
  const { t } = useTranslation();
  const pages = table.getPageCount();
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('measures.table.pages')}>
      <button
        type="button"
        className="button"
        disabled={!table.getCanPreviousPage()}
        onClick={() => table.previousPage()}
      >
        {t('measures.table.previous')}
      </button>
      <span>
        {t('measures.table.page', { page: table.getState().pagination.pageIndex + 1, pages })}
      </span>
      <button
        type="button"
        className="button"
        disabled={!table.getCanNextPage()}
        onClick={() => table.nextPage()}
      >
        {t('measures.table.next')}
      </button>
    </nav>
  );
}
