import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesColumn } from './series-table.ts';

/** A column's title and its one-line help, a community's density named after the community. */
export function useColumnTitles(groupName: (id: string) => string) {
  const { t } = useTranslation();
  const title = useCallback(
    (column: SeriesColumn) =>
      column.group === null
        ? t(`overTime.measures.names.${column.measure}.name`)
        : t('overTime.measures.groupDensity', { group: groupName(column.group) }),
    [t, groupName],
  );
  const help = useCallback(
    (column: SeriesColumn) => t(`overTime.measures.names.${column.measure}.help`),
    [t],
  );
  return { title, help };
}
