import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { call } from '../../api/client.ts';
import { fetchNetwork } from '../../api/network-pages.ts';
import { dataKeys } from '../data/queries.ts';
import { projectKeys } from '../project/queries.ts';

export const workshopKeys = {
  all: ['workshops'] as const,
  list: ['workshops', 'list'] as const,
  contents: (id: string) => ['workshops', id, 'contents'] as const,
  proposals: (id: string) => ['workshops', id, 'proposals'] as const,
  share: ['workshops', 'share'] as const,
};

/** Every tie regardless of dates: the workshop maps the present and the wished-for. */
export const networkKey = ['network', 'all'] as const;

export function workshopsQuery() {
  return queryOptions({
    queryKey: workshopKeys.list,
    queryFn: () => call('workshops.list', {}),
    select: (workshops) =>
      [...workshops].sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name)),
  });
}

export function contentsQuery(id: string) {
  return queryOptions({
    queryKey: workshopKeys.contents(id),
    queryFn: () => call('workshops.contents', { id }),
  });
}

export function proposalsQuery(id: string) {
  return queryOptions({
    queryKey: workshopKeys.proposals(id),
    queryFn: () => call('workshops.proposals', { workshopId: id }),
  });
}

export function shareStatusQuery() {
  return queryOptions({
    queryKey: workshopKeys.share,
    queryFn: () => call('workshops.shareStatus', {}),
  });
}

/**
 * The names merges kept, for the name box. Keyed under the actors' key, so everything that
 * refreshes the actor list (merges, imports, edits, undo) refreshes these too.
 */
export function aliasesQuery() {
  return queryOptions({
    queryKey: [...dataKeys.actors, 'aliases'] as const,
    queryFn: () => call('actors.aliases', {}),
  });
}

export function networkQuery() {
  return queryOptions({
    queryKey: networkKey,
    queryFn: ({ signal }) => fetchNetwork({}, signal),
  });
}

/**
 * After an entry: the session's contents, the network the map draws and the Data screen's
 * tables. Not awaited by the entry box, so the next name can be typed at once.
 */
export async function refreshAfterEntry(queryClient: QueryClient, id: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: workshopKeys.contents(id) }),
    queryClient.invalidateQueries({ queryKey: ['network'] }),
    queryClient.invalidateQueries({ queryKey: dataKeys.actors }),
    queryClient.invalidateQueries({ queryKey: dataKeys.ties }),
    queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  ]);
}
