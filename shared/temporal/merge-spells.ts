import type { DateRange } from './tie-spells.ts';

/**
 * The union of several sets of spells as the fewest non-overlapping spells: overlapping or
 * touching ranges ([a, b) and [b, c)) become one. Used when the same tie is reported again
 * (a second import, a later survey wave), so that re-importing a file changes nothing.
 * An empty list means "no dates recorded" (always active) and absorbs everything.
 */
export function mergeSpells<T extends DateRange>(...lists: readonly (readonly T[])[]): DateRange[] {
  if (lists.some((list) => list.length === 0)) return [];
  const all = lists.flat().map((spell) => ({ start: spell.start, end: spell.end }));
  all.sort((a, b) => compareStart(a.start, b.start));
  const merged: DateRange[] = [];
  for (const spell of all) {
    const last = merged.at(-1);
    if (last && (last.end === null || spell.start === null || spell.start <= last.end)) {
      merged[merged.length - 1] = { start: last.start, end: laterEnd(last.end, spell.end) };
    } else {
      merged.push(spell);
    }
  }
  return merged;
}

function laterEnd(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  return a > b ? a : b;
}

/** Open starts sort first. */
function compareStart(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

export function sameSpells(a: readonly DateRange[], b: readonly DateRange[]): boolean {
  return (
    a.length === b.length &&
    a.every((spell, i) => spell.start === b[i]!.start && spell.end === b[i]!.end)
  );
}
