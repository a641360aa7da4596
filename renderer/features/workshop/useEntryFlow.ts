import { useMemo, useState } from 'react';
import type { TieStatus } from '../../../shared/domain/tie.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { Rating } from '../../../shared/domain/workshop.ts';
import type { EntryKeyAction } from './entry-keys.ts';
import {
  resolveName,
  suggestNames,
  type NameCandidate,
} from '../../../shared/formats/names/name-suggestions.ts';
import { looksLikeTie, namePartBeingTyped, parseTieEntry } from './tie-entry.ts';
import {
  endAwaitingSector,
  planTieSave,
  withSector,
  type EndSide,
  type TieEnd,
} from './tie-new-ends.ts';
import type { useWorkshopEdits } from './useWorkshopEdits.ts';

export type { TieEnd } from './tie-new-ends.ts';

type RatingValues = Pick<Rating, 'influence' | 'stance'>;

export type EntryStep =
  | { kind: 'typing' }
  /** A new actor's sector; `tie` when it is a new end of a typed tie, asked before saving. */
  | { kind: 'sector'; name: string; tie?: { source: TieEnd; target: TieEnd; side: EndSide } }
  | { kind: 'tie'; source: TieEnd; target: TieEnd }
  | { kind: 'rating'; actorId: string };

interface EntryContext {
  candidates: readonly NameCandidate[];
  actors: readonly Actor[];
  sessionActorIds: ReadonlySet<string>;
  sectorKeys: readonly string[];
  tieTypeKeys: readonly string[];
  ratingOf: (actorId: string) => Rating | undefined;
  edits: ReturnType<typeof useWorkshopEdits>;
  onChosen: (actorId: string) => void;
}

/**
 * The projector's entry box as a small state machine: typing → (new name) choose a sector,
 * (existing name) rate it, ("A → B") choose the tie's type and status; every finished step
 * is one operation call, and the box is ready for the next name at once.
 */
export function useEntryFlow(context: EntryContext) {
  const [text, setText] = useState('');
  const [step, setStep] = useState<EntryStep>({ kind: 'typing' });
  const [picked, setPicked] = useState<number | null>(null);
  const [tieType, setTieType] = useState(0);
  const [status, setStatus] = useState<TieStatus>('existing');
  const { candidates, edits } = context;
  // Ratings sent but not yet read back: a quick "4" then "+" must not lose the 4.
  const [pendingRatings, setPendingRatings] = useState<ReadonlyMap<string, RatingValues>>(
    () => new Map(),
  );

  const part = namePartBeingTyped(text);
  const suggestions = useMemo(() => suggestNames(part.name, candidates), [part.name, candidates]);
  // An exact match is offered by default; anything looser must be picked with the arrows.
  const highlighted = picked ?? (suggestions[0]?.kind === 'same' ? 0 : null);

  function reset(): void {
    setText('');
    setPicked(null);
    setStep({ kind: 'typing' });
  }

  function changeText(next: string): void {
    setText(next);
    setPicked(null);
  }

  function moveHighlight(delta: number): void {
    if (suggestions.length === 0) return;
    const from = highlighted ?? (delta > 0 ? -1 : suggestions.length);
    setPicked((from + delta + suggestions.length) % suggestions.length);
  }

  /** Tab: completes the name being typed with the highlighted (or first) suggestion. */
  function complete(index = highlighted ?? 0): boolean {
    const choice = suggestions[index];
    if (!choice) return false;
    setText(part.prefix + choice.name);
    setPicked(null);
    return true;
  }

  function chooseExisting(actorId: string): void {
    const actor = context.actors.find((candidate) => candidate.id === actorId);
    // Choosing a known actor brings it into the session's map; it is never created twice.
    if (actor && !context.sessionActorIds.has(actorId)) edits.addActor.mutate(actor);
    context.onChosen(actorId);
    setText('');
    setPicked(null);
    setStep({ kind: 'rating', actorId });
  }

  function submit(): void {
    const typed = text.trim();
    if (!typed) return;
    if (looksLikeTie(typed)) {
      const parsed = parseTieEntry(typed);
      if (!parsed) return;
      const chosenTarget = highlighted === null ? null : (suggestions[highlighted]?.id ?? null);
      toTieStep(
        { id: resolveName(parsed.source, candidates), name: parsed.source },
        { id: chosenTarget ?? resolveName(parsed.target, candidates), name: parsed.target },
      );
      return;
    }
    const chosen = highlighted === null ? null : suggestions[highlighted];
    const existing = chosen?.id ?? resolveName(typed, candidates);
    if (existing) chooseExisting(existing);
    else setStep({ kind: 'sector', name: typed });
  }

  /** A typed tie asks each new end's sector (same keys as a new actor), then its type. */
  function toTieStep(source: TieEnd, target: TieEnd): void {
    const side = endAwaitingSector(source, target);
    const ends = { source, target };
    if (side) setStep({ kind: 'sector', name: ends[side].name, tie: { ...ends, side } });
    else setStep({ kind: 'tie', source, target });
  }

  async function createActor(name: string, sector: string | null): Promise<string> {
    const actor = await edits.addActor.mutateAsync({ name, sector, kind: 'organisation' });
    return actor.id;
  }

  async function saveTie(source: TieEnd, target: TieEnd, typeIndex: number): Promise<void> {
    const type = context.tieTypeKeys[typeIndex];
    if (!type) return;
    reset();
    // Potential is the exception: each tie starts as existing unless P is pressed again.
    setStatus('existing');
    // New ends go with the tie in one call: one undo step takes back the tie and its actors.
    const plan = planTieSave(source, target, () => crypto.randomUUID());
    await edits.addTie.mutateAsync({
      source: plan.sourceId,
      target: plan.targetId,
      type,
      status,
      newActors: plan.newActors,
    });
  }

  /** Applies a stage key (or the same choice made with the mouse). */
  function act(action: EntryKeyAction): void {
    if (action.kind === 'cancel') return reset();
    if (step.kind === 'sector') {
      if (action.kind === 'sector' || action.kind === 'confirm') {
        const sector =
          action.kind === 'sector' && action.index !== null
            ? (context.sectorKeys[action.index] ?? null)
            : null;
        if (step.tie) {
          const ends = withSector(step.tie, step.tie.side, sector);
          return toTieStep(ends.source, ends.target);
        }
        const name = step.name;
        reset();
        void createActor(name, sector).then(context.onChosen, () => undefined);
      }
      return;
    }
    if (step.kind === 'tie') {
      if (action.kind === 'status') setStatus(action.status);
      if (action.kind === 'tieType') {
        setTieType(action.index);
        void saveTie(step.source, step.target, action.index).catch(() => undefined);
      }
      if (action.kind === 'confirm')
        void saveTie(step.source, step.target, tieType).catch(() => undefined);
      return;
    }
    if (step.kind === 'rating') {
      if (action.kind === 'confirm') return reset();
      const current = ratingFor(step.actorId);
      const next =
        action.kind === 'influence'
          ? { ...current, influence: action.value }
          : action.kind === 'stance'
            ? { ...current, stance: action.stance }
            : null;
      if (next) sendRating(step.actorId, next);
    }
  }

  /** The rating shown and built on: what was just sent, else what the session holds. */
  function ratingFor(actorId: string): RatingValues {
    const saved = context.ratingOf(actorId);
    return (
      pendingRatings.get(actorId) ?? {
        influence: saved?.influence ?? null,
        stance: saved?.stance ?? 'unknown',
      }
    );
  }

  function sendRating(actorId: string, rating: RatingValues): void {
    setPendingRatings((previous) => new Map(previous).set(actorId, rating));
    edits.rate.mutate(
      { actorId, ...rating },
      {
        // The session's data has been refetched by now; forget the copy unless a newer one.
        onSettled: () =>
          setPendingRatings((previous) => {
            if (previous.get(actorId) !== rating) return previous;
            const next = new Map(previous);
            next.delete(actorId);
            return next;
          }),
      },
    );
  }

  /** The map's connect mode and the allies list hand a ready tie to the same step. */
  function proposeTie(source: TieEnd, target: TieEnd): void {
    setText('');
    setStep({ kind: 'tie', source, target });
  }

  function rateActor(actorId: string): void {
    setText('');
    setStep({ kind: 'rating', actorId });
  }

  return {
    text,
    step,
    suggestions,
    highlighted,
    tieType,
    status,
    changeText,
    moveHighlight,
    complete,
    submit,
    act,
    reset,
    chooseExisting,
    proposeTie,
    rateActor,
    ratingFor,
  };
}

export type EntryFlow = ReturnType<typeof useEntryFlow>;
