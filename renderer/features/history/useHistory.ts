import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call } from '../../api/client.ts';
import { historyKeys, historyQuery } from './queries.ts';

/**
 * What can be undone or redone, kept current after every edit made anywhere in the app,
 * and the two actions. Undo can change any table, so afterwards every query refetches.
 */
export function useHistory() {
  const queryClient = useQueryClient();
  const history = useQuery(historyQuery());

  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.mutation.state.status === 'success') {
          void queryClient.invalidateQueries({ queryKey: historyKeys.all });
        }
      }),
    [queryClient],
  );

  // Not awaited: the action is done when the backend answers; screens refresh meanwhile.
  const afterChange = {
    onSettled: () => {
      void queryClient.invalidateQueries();
    },
  };
  const undo = useMutation({ mutationFn: () => call('changes.undo', {}), ...afterChange });
  const redo = useMutation({ mutationFn: () => call('changes.redo', {}), ...afterChange });
  return { history, undo, redo };
}
