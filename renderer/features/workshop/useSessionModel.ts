import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { measureMap } from '../../../shared/map/map-measures.ts';
import type { NameCandidate } from './name-suggestions.ts';
import { contentsQuery, networkQuery } from './queries.ts';
import { sessionNetwork } from './session-network.ts';

/**
 * What the projector screen works on: the session, the whole project (names to complete
 * against, suggestions), the session's own network and its measures (small: computed here
 * with shared/metrics, as the Map screen does).
 */
export function useSessionModel(workshopId: string) {
  const contents = useQuery(contentsQuery(workshopId));
  const network = useQuery(networkQuery());
  const snapshot = network.data;
  const session = useMemo(
    () =>
      contents.data && snapshot
        ? sessionNetwork(contents.data, snapshot.actors, snapshot.ties)
        : null,
    [contents.data, snapshot],
  );
  const measures = useMemo(
    () => (session ? measureMap(session.actors, session.ties) : null),
    [session],
  );
  // Aliases from merges are not part of the renderer's API yet: names only for now.
  const candidates = useMemo<NameCandidate[]>(
    () => (snapshot?.actors ?? []).map((actor) => ({ id: actor.id, name: actor.name })),
    [snapshot],
  );
  const sectors = useMemo(
    () => [...(snapshot?.sectors ?? [])].sort((a, b) => a.position - b.position),
    [snapshot],
  );
  const tieTypes = useMemo(
    () => [...(snapshot?.tieTypes ?? [])].sort((a, b) => a.position - b.position),
    [snapshot],
  );
  const queries = [contents, network];
  return {
    workshop: contents.data?.workshop ?? null,
    snapshot,
    session,
    measures,
    candidates,
    sectors,
    tieTypes,
    error: queries.find((query) => query.isError)?.error ?? null,
    retry: () => queries.forEach((query) => void query.refetch()),
  };
}

export type SessionModel = ReturnType<typeof useSessionModel>;
