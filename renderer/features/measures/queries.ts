import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client.ts';
import { fetchNetwork } from '../../api/network-pages.ts';

export const measuresKeys = {
  network: ['measures', 'network'] as const,
  groups: ['measures', 'groups'] as const,
};

/**
 * The whole project network (every tie, every status): the worker picks the day and the
 * statuses itself, so changing an option does not ask the backend again. Always refetched on
 * entering the screen (staleTime 0) so edits on the Data screen show up.
 */
export function projectNetworkQuery() {
  return queryOptions({
    queryKey: measuresKeys.network,
    queryFn: ({ signal }) => fetchNetwork({}, signal),
    staleTime: 0,
  });
}

export function groupsQuery() {
  return queryOptions({
    queryKey: measuresKeys.groups,
    queryFn: () => call('groups.list', {}),
    staleTime: 0,
  });
}
