import { z } from 'zod';
import { IsoDate } from './dates.ts';

/**
 * A valid-time interval [start, end): the tie exists from `start` (inclusive) until `end`
 * (exclusive). A null start means "since before our records", a null end "still active".
 * Half-open so that a tie ending on the day another begins does not overlap it.
 */
export const Spell = z
  .object({ start: IsoDate.nullable(), end: IsoDate.nullable() })
  .refine((spell) => spell.start === null || spell.end === null || spell.start < spell.end, {
    message: 'The end date must be after the start date',
    path: ['end'],
  });
export type Spell = z.infer<typeof Spell>;

/**
 * A tie's spells: at most 500, sorted, not overlapping. An empty list means the tie has
 * no dates at all and counts as active at every date.
 */
export const Spells = z
  .array(Spell)
  .max(500)
  .refine(spellsDoNotOverlap, { message: 'Date ranges of one tie must not overlap' })
  .transform(sortSpells);
export type Spells = z.infer<typeof Spells>;

function sortSpells(spells: Spell[]): Spell[] {
  return [...spells].sort((a, b) => compareStarts(a.start, b.start));
}

function compareStarts(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function spellsDoNotOverlap(spells: Spell[]): boolean {
  const sorted = sortSpells(spells);
  for (let i = 1; i < sorted.length; i++) {
    const previousEnd = sorted[i - 1]!.end;
    const start = sorted[i]!.start;
    if (previousEnd === null || start === null || start < previousEnd) return false;
  }
  return true;
}
