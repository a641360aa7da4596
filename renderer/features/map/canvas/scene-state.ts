import type { MapSelection } from '../cy-elements.ts';
import type { TimeClasses } from '../map-view.ts';
import { ACTOR, TIE, type Scene } from './scene.ts';

/** What the view marks on its scene, kept to mark a rebuilt scene again. */
export interface Marks {
  visibility: { actorIds: ReadonlySet<string>; tieIds: ReadonlySet<string> } | null;
  quiet: { normal: ReadonlySet<string>; projector: ReadonlySet<string> } | null;
  time: TimeClasses | null;
  selection: MapSelection;
}

/** Every mark on a new scene. Returns whether the rest is dimmed (see markSelection). */
export function markAll(scene: Scene, marks: Marks): boolean {
  if (marks.visibility) markVisibility(scene, marks.visibility.actorIds, marks.visibility.tieIds);
  if (marks.quiet) markQuietLabels(scene, marks.quiet.normal, marks.quiet.projector);
  if (marks.time) markTime(scene, marks.time);
  return markSelection(scene, marks.selection);
}

export function sameSelection(a: MapSelection, b: MapSelection): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}

/** Sets `bit` on exactly the elements `wanted` says (ids through the scene's index). */
function markIds(
  flags: Uint8Array,
  ids: readonly string[],
  bit: number,
  wanted: (id: string) => boolean,
): void {
  for (let i = 0; i < flags.length; i += 1)
    flags[i] = wanted(ids[i]!) ? flags[i]! | bit : flags[i]! & ~bit;
}

/** What the filters leave out is HIDDEN (positions kept). */
export function markVisibility(
  scene: Scene,
  actorIds: ReadonlySet<string>,
  tieIds: ReadonlySet<string>,
): void {
  markIds(scene.actorFlags, scene.ids, ACTOR.HIDDEN, (id) => !actorIds.has(id));
  markIds(scene.tieFlags, scene.tieIds, TIE.HIDDEN, (id) => !tieIds.has(id));
}

export function markQuietLabels(
  scene: Scene,
  normal: ReadonlySet<string>,
  projector: ReadonlySet<string>,
): void {
  markIds(scene.actorFlags, scene.ids, ACTOR.QUIET, (id) => normal.has(id));
  markIds(scene.actorFlags, scene.ids, ACTOR.QUIET_PROJECTOR, (id) => projector.has(id));
}

/** The time slider's and before/after's marks (see useTimeClasses). */
export function markTime(scene: Scene, classes: TimeClasses): void {
  const { actorFlags, tieFlags } = scene;
  const clearActors = ~(ACTOR.ABSENT | ACTOR.LEFT | ACTOR.JOINED);
  scene.ids.forEach((id, a) => {
    let flags = actorFlags[a]! & clearActors;
    const left = classes.leftActors.has(id);
    if (left) flags |= ACTOR.LEFT;
    else if (classes.absentActors.has(id)) flags |= ACTOR.ABSENT;
    if (classes.joinedActors.has(id)) flags |= ACTOR.JOINED;
    actorFlags[a] = flags;
  });
  const endedBit = classes.endedClass === 'tie-ended' ? TIE.ENDED : TIE.ENDING;
  const clearTies = ~(TIE.ABSENT | TIE.NEW | TIE.ENDED | TIE.ENDING);
  scene.tieIds.forEach((id, t) => {
    let flags = tieFlags[t]! & clearTies;
    const ended = classes.endedTies.has(id);
    if (ended) flags |= endedBit;
    else if (classes.absentTies.has(id)) flags |= TIE.ABSENT;
    if (classes.newTies.has(id)) flags |= TIE.NEW;
    tieFlags[t] = flags;
  });
}

/**
 * Highlights the selection and its neighbourhood (an actor, its ties and the actors at their
 * other ends; a tie and its two ends). Returns whether anything is selected, i.e. whether the
 * rest is dimmed. Only the adjacency of the selection is walked, plus one pass clearing bits.
 */
export function markSelection(scene: Scene, selection: MapSelection): boolean {
  const clearActors = ~(ACTOR.HIGHLIGHT | ACTOR.SELECTED);
  const clearTies = ~(TIE.HIGHLIGHT | TIE.SELECTED);
  for (let a = 0; a < scene.actorCount; a += 1) scene.actorFlags[a]! &= clearActors;
  for (let t = 0; t < scene.tieCount; t += 1) scene.tieFlags[t]! &= clearTies;
  if (!selection) return false;
  const highlightTie = (t: number) => {
    scene.tieFlags[t]! |= TIE.HIGHLIGHT;
    scene.actorFlags[scene.sources[t]!]! |= ACTOR.HIGHLIGHT;
    scene.actorFlags[scene.targets[t]!]! |= ACTOR.HIGHLIGHT;
  };
  if (selection.kind === 'actor') {
    const a = scene.indexOf.get(selection.id);
    if (a === undefined) return false;
    scene.actorFlags[a]! |= ACTOR.HIGHLIGHT | ACTOR.SELECTED;
    for (let k = scene.adjacencyStart[a]!; k < scene.adjacencyStart[a + 1]!; k += 1)
      highlightTie(scene.adjacentTies[k]!);
    return true;
  }
  const t = scene.tieIds.indexOf(selection.id);
  if (t === -1) return false;
  highlightTie(t);
  scene.tieFlags[t]! |= TIE.SELECTED;
  return true;
}

/** Hidden by a filter or absent at the date: not drawn, not clickable. */
export function actorShown(scene: Scene, a: number): boolean {
  return (scene.actorFlags[a]! & (ACTOR.HIDDEN | ACTOR.ABSENT)) === 0;
}

export function tieShown(scene: Scene, t: number): boolean {
  return (scene.tieFlags[t]! & (TIE.HIDDEN | TIE.ABSENT)) === 0;
}
