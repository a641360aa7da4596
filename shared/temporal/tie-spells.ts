/**
 * Any [start, end) range of ISO days: tie spells, memberships, periods. Structural, so rows
 * not yet parsed into branded dates (an import preview) can be checked too.
 */
export interface DateRange {
  readonly start: string | null;
  readonly end: string | null;
}

/** True when `date` falls in [start, end); open ends reach to the beginning or end of time. */
export function spellContains(spell: DateRange, date: string): boolean {
  return (spell.start === null || spell.start <= date) && (spell.end === null || date < spell.end);
}

/** True when the spell shares at least one day with the period [from, to). */
export function spellOverlaps(spell: DateRange, from: string | null, to: string | null): boolean {
  const startsBeforePeriodEnds = to === null || spell.start === null || spell.start < to;
  const endsAfterPeriodStarts = from === null || spell.end === null || from < spell.end;
  return startsBeforePeriodEnds && endsAfterPeriodStarts;
}

/** A thing with no spells has no dates recorded, so it counts as active at every date. */
export function isActiveAt(spells: readonly DateRange[], date: string): boolean {
  return spells.length === 0 || spells.some((spell) => spellContains(spell, date));
}

export function isActiveDuring(
  spells: readonly DateRange[],
  from: string | null,
  to: string | null,
): boolean {
  return spells.length === 0 || spells.some((spell) => spellOverlaps(spell, from, to));
}

export function tiesActiveAt<T extends { spells: readonly DateRange[] }>(
  ties: readonly T[],
  date: string,
): T[] {
  return ties.filter((tie) => isActiveAt(tie.spells, date));
}

export function tiesActiveDuring<T extends { spells: readonly DateRange[] }>(
  ties: readonly T[],
  from: string | null,
  to: string | null,
): T[] {
  return ties.filter((tie) => isActiveDuring(tie.spells, from, to));
}
