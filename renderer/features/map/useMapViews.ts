import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MapViewDraft } from '../../../shared/domain/view.ts';
import { call } from '../../api/client.ts';
import { refreshViews, viewsQuery } from './queries.ts';

/** Saved views of the open project, and saving or deleting one. */
export function useMapViews() {
  const queryClient = useQueryClient();
  const views = useQuery(viewsQuery());
  const save = useMutation({
    mutationFn: (draft: MapViewDraft) => call('views.upsert', draft),
    onSuccess: () => refreshViews(queryClient),
  });
  const remove = useMutation({
    mutationFn: (id: string) => call('views.delete', { id }),
    onSuccess: () => refreshViews(queryClient),
  });
  return { views, save, remove };
}
