import type { Actor } from '../domain/actor.ts';
import type { Sector, TieType } from '../domain/catalog.ts';
import { Spells, type Spell } from '../domain/spell.ts';
import type { Tie } from '../domain/tie.ts';
import type { ImportProblem } from '../formats/parsed-network.ts';
import { mergeSpells } from '../temporal/merge-spells.ts';

/** What the ties of a plan may refer to, known before the first tie is planned. */
export interface PlanStart {
  sectorsToCreate: readonly Sector[];
  tieTypesToCreate: readonly TieType[];
  actorsToInsert: readonly Actor[];
  actorsToUpdate: readonly { before: Actor; after: Actor }[];
  /** Every problem so far; the plan keeps appending to this very array. */
  problems: readonly ImportProblem[];
}

/**
 * Where planned new ties go, in order. A plan of a million ties does not have to be held
 * in memory: the backend writes each batch as it comes (electron/backend/import/
 * import-writer.ts), the preview only counts them. Events arrive in dependency order: an
 * actor or tie type a tie refers to is announced before that tie.
 */
export interface TieSink {
  /** Once, after the actors are planned and before any tie. */
  start(plan: PlanStart): void;
  /** An actor made from a tie's end (an edge list or a survey names it). */
  actor(actor: Actor): void;
  /** A tie type created for the ties that follow. */
  tieType(type: TieType): void;
  /** A new tie; the first is number 0. */
  tie(tie: Tie): void;
  /** A later row repeats new tie number `position`: it gets the union of both spells. */
  respell(position: number, spells: readonly Spell[]): void;
}

/** Two ties' spells as one valid list (touching or overlapping ranges joined). */
export function joinedSpells(first: readonly Spell[], second: readonly Spell[]): Spell[] {
  return Spells.parse(mergeSpells(first, second));
}

/**
 * Keeps the first `limit` new ties (all of them by default) and counts the rest: what
 * `planImport` returns as `tiesToInsert`, and what the preview shows as its first rows.
 */
export function collectingSink(limit = Number.POSITIVE_INFINITY) {
  const ties: Tie[] = [];
  let count = 0;
  const sink: TieSink = {
    start: () => undefined,
    actor: () => undefined,
    tieType: () => undefined,
    tie(tie) {
      count++;
      if (ties.length < limit) ties.push(tie);
    },
    respell(position, spells) {
      const planned = ties[position];
      if (planned) ties[position] = { ...planned, spells: joinedSpells(planned.spells, spells) };
    },
  };
  return { sink, ties, count: () => count };
}
