/** The span of days some spells cover: earliest start, latest end (null = still open). */
export interface DataDates {
  first: string;
  last: string | null;
}

/**
 * The earliest start and latest end of some spells; null when none has a date. A spell with
 * no start counts from its end backwards, so only an end bounds it. Used to refuse a date
 * outside the data rather than show an empty network as if it were the answer.
 */
export function dateRange(
  spells: Iterable<{ start: string | null; end: string | null }>,
): DataDates | null {
  let first: string | null = null;
  let last: string | null = null;
  let openEnd = false;
  for (const spell of spells) {
    if (spell.start !== null && (first === null || spell.start < first)) first = spell.start;
    if (spell.end === null) openEnd = true;
    else if (last === null || spell.end > last) last = spell.end;
  }
  if (first === null && last === null) return null;
  return { first: first ?? last!, last: openEnd ? null : last };
}

/** Whether `date` falls inside the dates of the data ([first, last) when last is known). */
export function isWithinDates(date: string, dates: DataDates): boolean {
  return date >= dates.first && (dates.last === null || date < dates.last);
}
