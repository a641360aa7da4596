import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OperationInput } from '../../../shared/api/operations.ts';
import { call } from '../../api/client.ts';
import { refreshAfterEntry, workshopKeys } from './queries.ts';

type ActorInput = OperationInput<'workshops.addActor'>['actor'];
type TieInput = OperationInput<'workshops.addTie'>['tie'];
/** Ends typed as new names, created with the tie in the same undo step. */
type NewActors = NonNullable<OperationInput<'workshops.addTie'>['newActors']>;
type RateInput = Omit<OperationInput<'workshops.rate'>, 'workshopId'>;

/**
 * Every entry on the projector is one operation call tagged with the session: it is saved
 * at once (no save button) and lands in the change log, so Ctrl+Z takes it back.
 */
export function useWorkshopEdits(workshopId: string) {
  const queryClient = useQueryClient();
  const refresh = { onSettled: () => refreshAfterEntry(queryClient, workshopId) };
  const addActor = useMutation({
    mutationFn: (actor: ActorInput) => call('workshops.addActor', { workshopId, actor }),
    ...refresh,
  });
  const addTie = useMutation({
    mutationFn: ({ newActors = [], ...tie }: TieInput & { newActors?: NewActors }) =>
      call('workshops.addTie', { workshopId, tie, newActors }),
    ...refresh,
  });
  const rate = useMutation({
    mutationFn: (rating: RateInput) => call('workshops.rate', { workshopId, ...rating }),
    ...refresh,
  });
  const decide = useMutation({
    mutationFn: (input: OperationInput<'workshops.decide'>) => call('workshops.decide', input),
    onSettled: async () => {
      await Promise.all([
        refreshAfterEntry(queryClient, workshopId),
        queryClient.invalidateQueries({ queryKey: workshopKeys.proposals(workshopId) }),
      ]);
    },
  });
  return { addActor, addTie, rate, decide };
}
