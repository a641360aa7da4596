import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { Sector } from '../../../shared/domain/catalog.ts';
import type { Tie } from '../../../shared/domain/tie.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useSearchableTable } from '../../components/useSearchableTable.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { ActorDeleteDialog } from './ActorDeleteDialog.tsx';
import { ActorForm } from './ActorForm.tsx';
import { TableToolbar } from './TableToolbar.tsx';
import { searchKey } from './search-text.ts';
import { useActorColumns } from './useActorColumns.tsx';
import { useActorRows } from './useActorRows.ts';

interface ActorsPanelProps {
  actors: readonly Actor[];
  ties: readonly Tie[];
  sectors: readonly Sector[];
}

/** The actors table with its search box, and the dialogs to add, edit and delete. */
export function ActorsPanel({ actors, ties, sectors }: ActorsPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Actor | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Actor | null>(null);
  const rows = useActorRows(actors, ties, sectors, language);
  const columns = useActorColumns(setEditing, setDeleting);
  const { table, reveal, revealedId } = useSearchableTable({
    rows,
    columns,
    query: searchKey(query),
    rowId: (row) => row.actor.id,
    initialSorting: [{ id: 'name', desc: false }],
  });
  const regions = useMemo(() => distinctRegions(actors), [actors]);
  const shown = table.getPrePaginationRowModel().rows.length;
  const closeForm = useCallback(() => setEditing(null), []);
  const onSaved = useCallback(
    (saved: Actor) => {
      setEditing(null);
      reveal(saved.id);
    },
    [reveal],
  );

  return (
    <section className="data-panel" aria-label={t('data.tabs.actors', { count: actors.length })}>
      <TableToolbar
        searchId="actor-search"
        searchLabel={t('data.actors.search')}
        query={query}
        onQueryChange={setQuery}
        shown={shown}
        total={rows.length}
        addLabel={t('data.actors.add')}
        addTestId="actor-add"
        onAdd={() => setEditing('new')}
      />
      {rows.length === 0 ? (
        <p className="empty-state">{t('data.actors.empty')}</p>
      ) : shown === 0 ? (
        <p className="empty-state">{t('data.actors.noMatch', { query })}</p>
      ) : null}
      {shown > 0 && (
        <DataTable
          table={table}
          caption={t('data.tabs.actors', { count: actors.length })}
          testId="actors-table"
          rowTestId="actor-row"
          revealedId={revealedId}
        />
      )}
      <Pager table={table} />
      {editing && (
        <Dialog
          title={t(editing === 'new' ? 'data.actors.form.titleNew' : 'data.actors.form.titleEdit')}
          onClose={closeForm}
          size="wide"
        >
          <ActorForm
            actor={editing === 'new' ? null : editing}
            sectors={sectors}
            regions={regions}
            onSaved={onSaved}
            onCancel={closeForm}
          />
        </Dialog>
      )}
      {deleting && <ActorDeleteDialog actor={deleting} onDone={() => setDeleting(null)} />}
    </section>
  );
}

function distinctRegions(actors: readonly Actor[]): string[] {
  const regions = new Set<string>();
  for (const actor of actors) if (actor.region) regions.add(actor.region);
  return [...regions].sort((a, b) => a.localeCompare(b));
}
