import { useQuery } from '@tanstack/react-query';
import { tiesQuery } from './queries.ts';

export function useTies() {
  return useQuery(tiesQuery());
}
