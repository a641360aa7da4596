import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { measureMap } from '../../../shared/map/map-measures.ts';
import { groupsQuery, networkAtQuery } from './queries.ts';

/**
 * The network at the map's date, its groups, and its measures (computed here from
 * shared/metrics, once per snapshot). The previous snapshot stays on screen while the next
 * date loads, so the map does not flash empty.
 */
export function useMapData(date: string | null, enabled: boolean) {
  const network = useQuery({
    ...networkAtQuery(date),
    placeholderData: keepPreviousData,
    enabled,
  });
  const groups = useQuery(groupsQuery());
  const snapshot = network.data;
  const measures = useMemo(
    () => (snapshot ? measureMap(snapshot.actors, snapshot.ties) : null),
    [snapshot],
  );
  const queries = [network, groups];
  return {
    snapshot,
    measures,
    groups: groups.data,
    error: queries.find((query) => query.isError)?.error ?? null,
    retry: () => queries.forEach((query) => void query.refetch()),
  };
}
