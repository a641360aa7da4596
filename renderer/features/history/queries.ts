import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

export const historyKeys = {
  all: ['changes', 'history'] as const,
};

export function historyQuery() {
  return queryOptions({
    queryKey: historyKeys.all,
    queryFn: () => call('changes.history', {}),
  });
}
