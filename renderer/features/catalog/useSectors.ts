import { useQuery } from '@tanstack/react-query';
import { sectorsQuery } from './queries.ts';

export function useSectors() {
  return useQuery(sectorsQuery());
}
