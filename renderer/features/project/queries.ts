import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

export const projectKeys = {
  all: ['project'] as const,
  info: ['project', 'info'] as const,
};

export function projectInfoQuery() {
  return queryOptions({
    queryKey: projectKeys.info,
    queryFn: () => call('project.info', {}),
  });
}
