import { useQuery } from '@tanstack/react-query';
import { tieTypesQuery } from './queries.ts';

export function useTieTypes() {
  return useQuery(tieTypesQuery());
}
