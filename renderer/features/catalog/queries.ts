import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

export const catalogKeys = {
  sectors: ['sectors'] as const,
  tieTypes: ['tieTypes'] as const,
};

/** Sectors and tie types in their project order (`position`). */
export function sectorsQuery() {
  return queryOptions({
    queryKey: catalogKeys.sectors,
    queryFn: () => call('sectors.list', {}),
    select: (sectors) => [...sectors].sort((a, b) => a.position - b.position),
  });
}

export function tieTypesQuery() {
  return queryOptions({
    queryKey: catalogKeys.tieTypes,
    queryFn: () => call('tieTypes.list', {}),
    select: (types) => [...types].sort((a, b) => a.position - b.position),
  });
}
