import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { subscribe } from '../../api/events.ts';
import { proposalsQuery, shareStatusQuery, workshopKeys } from './queries.ts';

/**
 * The session's proposals and the share status, refetched when the backend says they
 * changed (server-sent events in browser mode, IPC in Electron): a participant's proposal
 * shows on the projector without anyone pressing a key. Data changes made elsewhere (an
 * accepted proposal, another window) refresh the map too.
 */
export function useLiveProposals(workshopId: string) {
  const queryClient = useQueryClient();
  const proposals = useQuery(proposalsQuery(workshopId));
  const share = useQuery(shareStatusQuery());
  useEffect(
    () =>
      subscribe((event) => {
        if (event.kind === 'proposals.changed' && event.workshopId === workshopId)
          void queryClient.invalidateQueries({ queryKey: workshopKeys.proposals(workshopId) });
        if (event.kind === 'share.changed')
          void queryClient.invalidateQueries({ queryKey: workshopKeys.share });
        if (event.kind === 'data.changed') {
          void queryClient.invalidateQueries({ queryKey: ['network'] });
          void queryClient.invalidateQueries({ queryKey: workshopKeys.contents(workshopId) });
        }
      }),
    [queryClient, workshopId],
  );
  return { proposals, share };
}
