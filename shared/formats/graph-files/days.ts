import { isIsoDate } from '../../domain/dates.ts';

export interface DaySpell {
  start: string | null;
  end: string | null;
}

/**
 * The calendar day of a date or dateTime (`2009-03-01`, `2009-03-01T10:00:00+02:00`), or null.
 * The time of day is dropped: Tejido dates ties by day.
 */
export function toIsoDay(text: string): string | null {
  const day = text.trim().slice(0, 10);
  const rest = text.trim().slice(10);
  if (rest !== '' && !rest.startsWith('T') && !rest.startsWith(' ')) return null;
  return isIsoDate(day) ? day : null;
}

/** `day` plus `count` days (negative to go back), as YYYY-MM-DD. */
export function addDays(day: string, count: number): string {
  const time = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8)));
  const moved = new Date(time + count * 86_400_000);
  const year = String(moved.getUTCFullYear()).padStart(4, '0');
  const month = String(moved.getUTCMonth() + 1).padStart(2, '0');
  const date = String(moved.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${date}`;
}

/** Sorted, with overlapping or touching spells joined: the same days, in the form Spells accepts. */
export function mergeSpells(spells: DaySpell[]): DaySpell[] {
  const sorted = [...spells].sort((a, b) => compareStart(a.start, b.start));
  const merged: DaySpell[] = [];
  for (const spell of sorted) {
    const last = merged.at(-1);
    if (last && (last.end === null || spell.start === null || spell.start <= last.end)) {
      last.end = last.end === null || spell.end === null ? null : maxDay(last.end, spell.end);
    } else {
      merged.push({ ...spell });
    }
  }
  return merged;
}

function compareStart(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}
