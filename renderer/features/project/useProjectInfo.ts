import { useQuery } from '@tanstack/react-query';
import { projectInfoQuery } from './queries.ts';

export function useProjectInfo() {
  return useQuery(projectInfoQuery());
}
