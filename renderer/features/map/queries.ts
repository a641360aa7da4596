import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { call } from '../../api/client.ts';
import { fetchNetwork } from '../../api/network-pages.ts';
import { nextTask } from '../../api/parse-in-slices.ts';
import { networkIdSteps } from '../../../shared/map/dated-map.ts';

export const mapKeys = {
  network: (date: string | null) => ['network', date ?? 'all'] as const,
  groups: ['groups'] as const,
  waves: ['waves'] as const,
  views: ['views'] as const,
};

/**
 * The whole network at a date (every tie when `date` is null); the map filters locally. It is
 * read in pages (see fetchNetwork): it can be 100,000 ties.
 */
export function networkAtQuery(date: string | null) {
  return queryOptions({
    queryKey: mapKeys.network(date),
    queryFn: async ({ signal }) => {
      const network = await fetchNetwork(date ? { at: date } : {}, signal);
      // The id sets the map's first render needs, each built in a task of its own.
      for (const step of networkIdSteps(network)) {
        await nextTask();
        signal.throwIfAborted();
        step();
      }
      return network;
    },
  });
}

export function groupsQuery() {
  return queryOptions({ queryKey: mapKeys.groups, queryFn: () => call('groups.list', {}) });
}

export function wavesQuery() {
  return queryOptions({ queryKey: mapKeys.waves, queryFn: () => call('waves.list', {}) });
}

export function viewsQuery() {
  return queryOptions({ queryKey: mapKeys.views, queryFn: () => call('views.list', {}) });
}

export async function refreshViews(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: mapKeys.views });
}
