import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ImportRequest } from '../../../shared/api/imports.ts';
import { call } from '../../api/client.ts';
import { refreshProjectData } from '../data/queries.ts';

/**
 * Previews are keyed apart from the history: refreshing the history after a commit must not
 * re-run a preview whose uploads the backend has just discarded.
 */
export const importKeys = {
  history: ['imports', 'history'] as const,
  preview: (request: ImportRequest) => ['importPreview', request] as const,
  duplicates: (threshold: number) => ['actors', 'duplicates', threshold] as const,
};

export function importHistoryQuery() {
  return queryOptions({ queryKey: importKeys.history, queryFn: () => call('imports.list', {}) });
}

/** A preview writes nothing and depends only on the uploads and the choices. */
export function importPreviewQuery(request: ImportRequest) {
  return queryOptions({
    queryKey: importKeys.preview(request),
    queryFn: () => call('imports.preview', request),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}

export function duplicatesQuery(threshold: number) {
  return queryOptions({
    queryKey: importKeys.duplicates(threshold),
    queryFn: () => call('actors.duplicates', { threshold }),
  });
}

/** After an import or a merge: the tables, the project's counts, the history. */
export async function refreshAfterImport(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    refreshProjectData(queryClient),
    queryClient.invalidateQueries({ queryKey: importKeys.history }),
  ]);
}
