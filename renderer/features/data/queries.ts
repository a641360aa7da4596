import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { call } from '../../api/client.ts';
import { projectKeys } from '../project/queries.ts';

export const dataKeys = {
  actors: ['actors'] as const,
  ties: ['ties'] as const,
};

export function actorsQuery() {
  return queryOptions({ queryKey: dataKeys.actors, queryFn: () => call('actors.list', {}) });
}

/** Every tie, existing and potential. */
export function tiesQuery() {
  return queryOptions({ queryKey: dataKeys.ties, queryFn: () => call('ties.list', {}) });
}

/**
 * After any edit of actors or ties: deleting an actor can delete its ties, and the project's
 * counts change too. Awaited, so a form closes once the tables show the change.
 */
export async function refreshProjectData(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: dataKeys.actors }),
    queryClient.invalidateQueries({ queryKey: dataKeys.ties }),
    queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  ]);
}
