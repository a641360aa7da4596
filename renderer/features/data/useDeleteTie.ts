import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OperationInput } from '../../../shared/api/operations.ts';
import { call } from '../../api/client.ts';
import { refreshProjectData } from './queries.ts';

export function useDeleteTie() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OperationInput<'ties.delete'>) => call('ties.delete', input),
    onSettled: () => refreshProjectData(queryClient),
  });
}
