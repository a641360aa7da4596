import type { Actor } from '../../../shared/domain/actor.ts';
import type { Tie } from '../../../shared/domain/tie.ts';
import { sessionActorIds } from '../../../shared/workshop/session-network.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { findActor } from './actors-store.ts';
import { findTie, listTiesOf } from './ties-store.ts';
import { workshopContents } from './workshops-store.ts';

export interface StoredSessionNetwork {
  actors: Actor[];
  ties: Tie[];
  actorIds: Set<string>;
}

/**
 * The session's network as the projector draws it (`sessionNetwork`), read from the project
 * by the session's own actors and ties only, so a large project is not read whole for every
 * phone request. Actors by name, ties by id.
 */
export function readSessionNetwork(db: ProjectDb, workshopId: string): StoredSessionNetwork {
  const contents = workshopContents(db, workshopId);
  const tagged = contents.tieIds.flatMap((id) => findTie(db, id) ?? []);
  const actorIds = sessionActorIds(contents, tagged);
  const actors = [...actorIds]
    .flatMap((id) => findActor(db, id) ?? [])
    .sort((a, b) => a.name.localeCompare(b.name, 'es', { sensitivity: 'base' }));
  const ties = new Map<string, Tie>();
  for (const id of actorIds) {
    for (const tie of listTiesOf(db, id)) {
      if (actorIds.has(tie.source) && actorIds.has(tie.target)) ties.set(tie.id, tie);
    }
  }
  return {
    actors,
    ties: [...ties.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    actorIds,
  };
}
