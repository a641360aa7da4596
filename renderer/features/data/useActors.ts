import { useQuery } from '@tanstack/react-query';
import { actorsQuery } from './queries.ts';

export function useActors() {
  return useQuery(actorsQuery());
}
