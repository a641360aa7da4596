import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client.ts';
import { fetchNetwork } from '../../api/network-pages.ts';

export const overTimeKeys = {
  network: ['overTime', 'network'] as const,
  groups: ['overTime', 'groups'] as const,
  events: ['overTime', 'events'] as const,
  waves: ['overTime', 'waves'] as const,
};

/**
 * What time analysis reads, fetched whole: the worker cuts it into periods itself, so
 * changing a period or a date never asks the backend again. Refetched on entering the
 * screen (staleTime 0) so edits on the Data screen show up.
 */
export function timelineNetworkQuery() {
  return queryOptions({
    queryKey: overTimeKeys.network,
    queryFn: ({ signal }) => fetchNetwork({}, signal),
    staleTime: 0,
  });
}

export function timelineGroupsQuery() {
  return queryOptions({
    queryKey: overTimeKeys.groups,
    queryFn: () => call('groups.list', {}),
    staleTime: 0,
  });
}

export function timelineEventsQuery() {
  return queryOptions({
    queryKey: overTimeKeys.events,
    queryFn: () => call('events.list', {}),
    staleTime: 0,
  });
}

export function timelineWavesQuery() {
  return queryOptions({
    queryKey: overTimeKeys.waves,
    queryFn: () => call('waves.list', {}),
    staleTime: 0,
  });
}
