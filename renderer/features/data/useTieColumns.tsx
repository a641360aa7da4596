import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tie } from '../../../shared/domain/tie.ts';
import { ColourDot } from '../../components/ColourDot.tsx';
import { RowActions } from './RowActions.tsx';
import { SpellList } from './SpellList.tsx';
import { byText } from './text-sorting.ts';
import type { TieRow } from './useTieRows.ts';

const column = createColumnHelper<TieRow>();

/** Columns of the ties table; stable until the language or the callbacks change. */
export function useTieColumns(onEdit: (tie: Tie) => void, onDelete: (tie: Tie) => void) {
  const { t } = useTranslation();
  return useMemo(
    () => [
      column.accessor((row) => row.label, {
        id: 'tie',
        header: t('data.ties.columns.tie'),
        sortingFn: byText((row) => row.label),
      }),
      column.accessor((row) => row.typeLabel, {
        id: 'type',
        header: t('data.ties.columns.type'),
        sortingFn: byText((row) => row.typeLabel),
        cell: ({ row: { original } }) => (
          <span className="sector-label">
            {original.typeColour && <ColourDot colour={original.typeColour} />}
            {original.typeLabel}
          </span>
        ),
      }),
      column.accessor((row) => row.tie.status, {
        id: 'status',
        header: t('data.ties.columns.status'),
        cell: ({ getValue }) => (
          <span className={`status status--${getValue()}`}>
            {t(`data.ties.status.${getValue()}`)}
          </span>
        ),
      }),
      column.accessor((row) => row.tie.weight, {
        id: 'weight',
        header: t('data.ties.columns.weight'),
        sortDescFirst: true,
      }),
      column.accessor((row) => row.firstStart, {
        id: 'dates',
        header: t('data.ties.columns.dates'),
        cell: ({ row: { original } }) => (
          <SpellList dates={original.dates} separator={t('data.ties.dates.separator')} />
        ),
      }),
      column.accessor((row) => row.tie.evidence ?? 'none', {
        id: 'evidence',
        header: t('data.ties.columns.evidence'),
        cell: ({ getValue }) => t(`data.ties.evidence.${getValue()}`),
      }),
      column.display({
        id: 'actions',
        header: t('data.ties.columns.actions'),
        cell: ({ row: { original } }) => {
          const ends = { source: original.sourceName, target: original.targetName };
          return (
            <RowActions
              testIdPrefix="tie"
              editText={t('common.edit')}
              deleteText={t('common.delete')}
              editLabel={t('data.ties.editLabel', ends)}
              deleteLabel={t('data.ties.deleteLabel', ends)}
              onEdit={() => onEdit(original.tie)}
              onDelete={() => onDelete(original.tie)}
            />
          );
        },
      }),
    ],
    [t, onEdit, onDelete],
  );
}
