import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActorId } from '../../../shared/domain/ids.ts';
import { call } from '../../api/client.ts';
import { actorsQuery } from '../data/queries.ts';
import { duplicatesQuery, refreshAfterImport } from './queries.ts';

/** Proposals at or above this similarity: the backend's default, few false alarms. */
export const DUPLICATE_THRESHOLD = 0.9;

export interface DuplicatePair {
  first: { id: ActorId; name: string };
  second: { id: ActorId; name: string };
  score: number;
  reason: 'sameName' | 'sameAlias' | 'similar';
}

/** Likely duplicate actors, with their names, best matches first. */
export function useDuplicates() {
  const proposals = useQuery(duplicatesQuery(DUPLICATE_THRESHOLD));
  const actors = useQuery(actorsQuery());
  const names = new Map(actors.data?.map((actor) => [actor.id, actor.name]));
  const pairs: DuplicatePair[] | undefined =
    proposals.data && actors.data
      ? proposals.data
          .map((proposal) => ({
            first: { id: proposal.first, name: names.get(proposal.first) ?? proposal.first },
            second: { id: proposal.second, name: names.get(proposal.second) ?? proposal.second },
            score: proposal.score,
            reason: proposal.reason,
          }))
          .sort((a, b) => b.score - a.score)
      : undefined;
  return { pairs, error: proposals.error ?? actors.error, refetch: proposals.refetch };
}

export function useMergeActors() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: { keepId: ActorId; mergeId: ActorId }) => call('actors.merge', ids),
    onSettled: () => refreshAfterImport(queryClient),
  });
}
