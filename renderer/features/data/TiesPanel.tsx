import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { TieType } from '../../../shared/domain/catalog.ts';
import type { Tie } from '../../../shared/domain/tie.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useSearchableTable } from '../../components/useSearchableTable.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { TableToolbar } from './TableToolbar.tsx';
import { TieDeleteDialog } from './TieDeleteDialog.tsx';
import { TieForm } from './TieForm.tsx';
import { searchKey } from './search-text.ts';
import { byName } from './text-sorting.ts';
import { useTieColumns } from './useTieColumns.tsx';
import { useTieRows, type TieRow } from './useTieRows.ts';

interface TiesPanelProps {
  ties: readonly Tie[];
  actors: readonly Actor[];
  tieTypes: readonly TieType[];
}

/** The ties table with its search box, and the dialogs to add, edit and delete. */
export function TiesPanel({ ties, actors, tieTypes }: TiesPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Tie | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Tie | null>(null);
  const rows = useTieRows(ties, actors, tieTypes, language);
  const columns = useTieColumns(setEditing, setDeleting);
  const { table, reveal, revealedId } = useSearchableTable({
    rows,
    columns,
    query: searchKey(query),
    rowId: (row) => row.tie.id,
    initialSorting: [{ id: 'tie', desc: false }],
  });
  const actorOptions = useMemo(
    () => [...actors].sort(byName).map((actor) => ({ value: actor.id, label: actor.name })),
    [actors],
  );
  const deletingRow = deleting && rows.find((row) => row.tie.id === deleting.id);
  const shown = table.getPrePaginationRowModel().rows.length;
  const closeForm = useCallback(() => setEditing(null), []);
  const onSaved = useCallback(
    (saved: Tie) => {
      setEditing(null);
      reveal(saved.id);
    },
    [reveal],
  );

  return (
    <section className="data-panel" aria-label={t('data.tabs.ties', { count: ties.length })}>
      <TableToolbar
        searchId="tie-search"
        searchLabel={t('data.ties.search')}
        query={query}
        onQueryChange={setQuery}
        shown={shown}
        total={rows.length}
        addLabel={t('data.ties.add')}
        addTestId="tie-add"
        addDisabled={actors.length === 0}
        onAdd={() => setEditing('new')}
      />
      <EmptyState rows={rows} shown={shown} query={query} hasActors={actors.length > 0} />
      {shown > 0 && (
        <DataTable
          table={table}
          caption={t('data.tabs.ties', { count: ties.length })}
          testId="ties-table"
          rowTestId="tie-row"
          revealedId={revealedId}
        />
      )}
      <Pager table={table} />
      {editing && (
        <Dialog
          title={t(editing === 'new' ? 'data.ties.form.titleNew' : 'data.ties.form.titleEdit')}
          onClose={closeForm}
          size="wide"
        >
          <TieForm
            tie={editing === 'new' ? null : editing}
            actorOptions={actorOptions}
            tieTypes={tieTypes}
            onSaved={onSaved}
            onCancel={closeForm}
          />
        </Dialog>
      )}
      {deletingRow && <TieDeleteDialog row={deletingRow} onDone={() => setDeleting(null)} />}
    </section>
  );
}

interface EmptyStateProps {
  rows: readonly TieRow[];
  shown: number;
  query: string;
  hasActors: boolean;
}

function EmptyState({ rows, shown, query, hasActors }: EmptyStateProps) {
  const { t } = useTranslation();
  if (!hasActors) return <p className="empty-state">{t('data.ties.noActors')}</p>;
  if (rows.length === 0) return <p className="empty-state">{t('data.ties.empty')}</p>;
  if (shown === 0) return <p className="empty-state">{t('data.ties.noMatch', { query })}</p>;
  return null;
}
