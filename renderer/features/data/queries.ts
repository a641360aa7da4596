import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { operations } from '../../../shared/api/operations.ts';
import { callUnparsed, unexpectedAnswer } from '../../api/client.ts';
import { parseInSlices } from '../../api/parse-in-slices.ts';
import { projectKeys } from '../project/queries.ts';

export const dataKeys = {
  actors: ['actors'] as const,
  ties: ['ties'] as const,
};

/*
 * The two lists are parsed in slices (a project of 100,000 ties was one task of half a second)
 * and read the query's signal: a screen left before its list arrived (the Data screen, first
 * on opening, when the user goes straight to the Map) cancels the query, and the list is not
 * parsed at all while the next screen draws.
 */

export function actorsQuery() {
  return queryOptions({
    queryKey: dataKeys.actors,
    queryFn: ({ signal }) =>
      listInSlices('actors.list', operations['actors.list'].output.element, signal),
  });
}

/** Every tie, existing and potential. */
export function tiesQuery() {
  return queryOptions({
    queryKey: dataKeys.ties,
    queryFn: ({ signal }) =>
      listInSlices('ties.list', operations['ties.list'].output.element, signal),
  });
}

async function listInSlices<T>(
  name: 'actors.list' | 'ties.list',
  schema: z.ZodType<T>,
  signal: AbortSignal,
): Promise<T[]> {
  const answer = await callUnparsed(name, {}, signal);
  signal.throwIfAborted();
  const list = z.array(z.unknown()).safeParse(answer);
  if (!list.success) throw unexpectedAnswer(name, list.error);
  return parseInSlices(list.data, schema, name, signal);
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
