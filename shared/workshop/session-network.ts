import type { Actor } from '../domain/actor.ts';
import type { Tie } from '../domain/tie.ts';
import type { Rating, WorkshopContents } from '../domain/workshop.ts';

export interface SessionNetwork {
  actors: Actor[];
  /** Every tie between the session's actors: what the room said plus what was known. */
  ties: Tie[];
  ratings: Map<string, Rating>;
  sessionTieIds: Set<string>;
}

/**
 * The actors a session maps: the ones it added or chose, the ends of the ties it added, and
 * the ones it rated. `sessionTies` are the ties tagged with the session (others are ignored).
 * The projector and the participants' phones both draw exactly these.
 */
export function sessionActorIds(
  contents: WorkshopContents,
  sessionTies: Iterable<{ id: string; source: string; target: string }>,
): Set<string> {
  const tagged = new Set<string>(contents.tieIds);
  const ids = new Set<string>(contents.actorIds);
  for (const tie of sessionTies) {
    if (!tagged.has(tie.id)) continue;
    ids.add(tie.source);
    ids.add(tie.target);
  }
  for (const rating of contents.ratings) ids.add(rating.actorId);
  return ids;
}

/**
 * The part of the project a session maps (see `sessionActorIds`), with every tie between
 * those actors (also ties known before the workshop, so the room sees the whole picture
 * between the actors it names).
 */
export function sessionNetwork(
  contents: WorkshopContents,
  actors: readonly Actor[],
  ties: readonly Tie[],
): SessionNetwork {
  const ids = sessionActorIds(contents, ties);
  return {
    actors: actors.filter((actor) => ids.has(actor.id)),
    ties: ties.filter((tie) => ids.has(tie.source) && ids.has(tie.target)),
    ratings: new Map(contents.ratings.map((rating) => [rating.actorId, rating])),
    sessionTieIds: new Set(contents.tieIds),
  };
}
