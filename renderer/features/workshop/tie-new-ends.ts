import { normaliseName } from '../../../shared/formats/names/normalise-name.ts';

/**
 * One end of a typed tie: an existing actor, or a name that will become a new actor. For a
 * new end, `sector` is undefined until the facilitator has answered (null = not known).
 */
export interface TieEnd {
  id: string | null;
  name: string;
  sector?: string | null;
}

export type EndSide = 'source' | 'target';

/** The same new name at both ends is one new actor (a tie to itself), not two twins. */
function sameNewActor(source: TieEnd, target: TieEnd): boolean {
  return (
    source.id === null &&
    target.id === null &&
    normaliseName(source.name) === normaliseName(target.name)
  );
}

/** The new end whose sector is still to be asked, source first; null once all are known. */
export function endAwaitingSector(source: TieEnd, target: TieEnd): EndSide | null {
  if (source.id === null && source.sector === undefined) return 'source';
  if (sameNewActor(source, target)) return null;
  if (target.id === null && target.sector === undefined) return 'target';
  return null;
}

/** The pair with the answer for one end recorded. */
export function withSector(
  ends: { source: TieEnd; target: TieEnd },
  side: EndSide,
  sector: string | null,
): { source: TieEnd; target: TieEnd } {
  return { ...ends, [side]: { ...ends[side], sector } };
}

export interface NewActor {
  id: string;
  name: string;
  sector: string | null;
  kind: 'organisation';
}

/**
 * What to send for the tie: the ids of both ends and the actors to create with it (fresh ids
 * from `newId`), so the backend saves them all in one step and one undo takes them back.
 */
export function planTieSave(
  source: TieEnd,
  target: TieEnd,
  newId: () => string,
): { sourceId: string; targetId: string; newActors: NewActor[] } {
  const newActors: NewActor[] = [];
  const idOf = (end: TieEnd): string => {
    if (end.id !== null) return end.id;
    const actor: NewActor = {
      id: newId(),
      name: end.name,
      sector: end.sector ?? null,
      kind: 'organisation',
    };
    newActors.push(actor);
    return actor.id;
  };
  const sourceId = idOf(source);
  const targetId = sameNewActor(source, target) ? sourceId : idOf(target);
  return { sourceId, targetId, newActors };
}
