import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { measureMap } from '../../../shared/map/map-measures.ts';
import {
  nameCandidates,
  type NameCandidate,
} from '../../../shared/formats/names/name-suggestions.ts';
import { aliasesQuery, contentsQuery, networkQuery } from './queries.ts';
import { sessionNetwork } from '../../../shared/workshop/session-network.ts';

/**
 * What the projector screen works on: the session, the whole project (names to complete
 * against, suggestions), the session's own network and its measures (small: computed here
 * with shared/metrics, as the Map screen does).
 */
export function useSessionModel(workshopId: string) {
  const contents = useQuery(contentsQuery(workshopId));
  const network = useQuery(networkQuery());
  const aliases = useQuery(aliasesQuery());
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
  const candidates = useMemo<NameCandidate[]>(
    () => nameCandidates(snapshot?.actors ?? [], aliases.data ?? []),
    [snapshot, aliases.data],
  );
  const sectors = useMemo(
    () => [...(snapshot?.sectors ?? [])].sort((a, b) => a.position - b.position),
    [snapshot],
  );
  const tieTypes = useMemo(
    () => [...(snapshot?.tieTypes ?? [])].sort((a, b) => a.position - b.position),
    [snapshot],
  );
  const queries = [contents, network, aliases];
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
