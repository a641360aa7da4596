import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OperationInput } from '../../../shared/api/operations.ts';
import { call } from '../../api/client.ts';
import { refreshProjectData } from './queries.ts';

export function useSaveActor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: OperationInput<'actors.upsert'>) => call('actors.upsert', draft),
    onSettled: () => refreshProjectData(queryClient),
  });
}
