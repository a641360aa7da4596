import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchProjectList } from '../../api/network-pages.ts';
import { projectKeys } from '../project/queries.ts';

export const dataKeys = {
  actors: ['actors'] as const,
  ties: ['ties'] as const,
};

/*
 * The two lists are read in pages (fetchProjectList: a project of 100,000 ties was one task of
 * half a second) and read the query's signal: a screen left before its list arrived (the Data
 * screen, first on opening, when the user goes straight to the Map) cancels the query, and the
 * rest is neither asked for nor parsed while the next screen draws.
 */

export function actorsQuery() {
  return queryOptions({
    queryKey: dataKeys.actors,
    queryFn: ({ signal }) => fetchProjectList('actors', signal),
  });
}

/** Every tie, existing and potential. */
export function tiesQuery() {
  return queryOptions({
    queryKey: dataKeys.ties,
    queryFn: ({ signal }) => fetchProjectList('ties', signal),
  });
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
