import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor.ts';
import { ColourDot } from '../../components/ColourDot.tsx';
import { RowActions } from './RowActions.tsx';
import { byText } from './text-sorting.ts';
import type { ActorRow } from './useActorRows.ts';

const column = createColumnHelper<ActorRow>();

/** Columns of the actors table; stable until the language or the callbacks change. */
export function useActorColumns(onEdit: (actor: Actor) => void, onDelete: (actor: Actor) => void) {
  const { t } = useTranslation();
  return useMemo(
    () => [
      column.accessor((row) => row.actor.name, {
        id: 'name',
        header: t('data.actors.columns.name'),
        sortingFn: byText((row) => row.actor.name),
      }),
      column.accessor((row) => row.sectorLabel, {
        id: 'sector',
        header: t('data.actors.columns.sector'),
        sortingFn: byText((row) => row.sectorLabel),
        cell: ({ row: { original } }) =>
          original.sectorLabel === null ? (
            <span className="muted">{t('data.actors.noSector')}</span>
          ) : (
            <span className="sector-label">
              {original.sectorColour && <ColourDot colour={original.sectorColour} />}
              {original.sectorLabel}
            </span>
          ),
      }),
      column.accessor((row) => row.actor.kind, {
        id: 'kind',
        header: t('data.actors.columns.kind'),
        cell: ({ getValue }) => t(`data.actors.kind.${getValue()}`),
      }),
      column.accessor((row) => row.actor.region, {
        id: 'region',
        header: t('data.actors.columns.region'),
        sortingFn: byText((row) => row.actor.region),
        cell: ({ getValue }) => getValue() ?? t('common.none'),
      }),
      column.accessor((row) => row.tieCount, {
        id: 'ties',
        header: t('data.actors.columns.ties'),
        sortDescFirst: true,
      }),
      column.display({
        id: 'actions',
        header: t('data.actors.columns.actions'),
        cell: ({ row: { original } }) => (
          <RowActions
            testIdPrefix="actor"
            editText={t('common.edit')}
            deleteText={t('common.delete')}
            editLabel={t('data.actors.editLabel', { name: original.actor.name })}
            deleteLabel={t('data.actors.deleteLabel', { name: original.actor.name })}
            onEdit={() => onEdit(original.actor)}
            onDelete={() => onDelete(original.actor)}
          />
        ),
      }),
    ],
    [t, onEdit, onDelete],
  );
}
