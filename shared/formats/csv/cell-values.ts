import { isIsoDate } from '../../domain/dates.ts';

/** A day read from a cell: the ISO day, "open" for empty/Infinity, or why it failed. */
export type DayReading =
  { kind: 'day'; day: string } | { kind: 'open' } | { kind: 'invalid' } | { kind: 'impossible' };

/**
 * Reads the date forms found in spreadsheets: ISO days and date-times (the time is
 * dropped: ties are dated by day), a year or year-month (the first day of it), Gephi's
 * double timestamps written as years ("2000.0"), and day-first dd/mm/yyyy, the order used
 * in Mexico and Spain (a month-first US date with day ≤ 12 would be misread; the wizard
 * preview shows the dates). Empty cells and ±Infinity mean an open end.
 */
export function readDay(text: string): DayReading {
  // A file's dates repeat (every tie of a wave has the same one): each is read once.
  const known = dayReadings.get(text);
  if (known !== undefined) return known;
  const reading = readDayText(text);
  if (dayReadings.size >= DAY_CACHE_SIZE) dayReadings.clear();
  dayReadings.set(text, reading);
  return reading;
}

/** A pure function's memo: the same text always gives the same (unchanged) reading. */
const dayReadings = new Map<string, DayReading>();
const DAY_CACHE_SIZE = 4096;

function readDayText(text: string): DayReading {
  const value = text.trim();
  if (value === '' || /^[+-]?(infinity|inf|∞)$/i.test(value)) return { kind: 'open' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value);
  if (iso) return checkedDay(iso[1]!, iso[2]!, iso[3]!);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (dayFirst) return checkedDay(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!);
  const yearMonth = /^(\d{4})-(\d{1,2})$/.exec(value);
  if (yearMonth) return checkedDay(yearMonth[1]!, yearMonth[2]!, '1');
  const year = /^(\d{4})(?:\.0+)?$/.exec(value);
  if (year) return { kind: 'day', day: `${year[1]}-01-01` };
  return { kind: 'invalid' };
}

function checkedDay(year: string, month: string, day: string): DayReading {
  const text = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(text) ? { kind: 'day', day: text } : { kind: 'impossible' };
}

/** `day` plus `count` days, as YYYY-MM-DD (UTC arithmetic: days have no time zone). */
export function addDays(day: string, count: number): string {
  const time = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8)));
  return new Date(time + count * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A number as spreadsheets write it: "2.5", "2,5" (decimal comma, Spanish Excel), "1e3".
 * Thousands separators are not accepted: "1.000" would be ambiguous.
 */
export function readNumber(text: string): number | null {
  const value = text.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

const TRUE_WORDS = new Set(['true', 'yes', 'si', 'sí', 'y', 's', '1', 'directed', 'dirigido', 'x']);
const FALSE_WORDS = new Set([
  'false',
  'no',
  'n',
  '0',
  'undirected',
  'nodirigido',
  'no dirigido',
  'mutual',
]);

/** A yes/no cell in English or Spanish, including Gephi's Directed/Undirected; null if neither. */
export function readBoolean(text: string): boolean | null {
  const value = text.trim().toLowerCase();
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  return null;
}

/** Gephi's edge-kind words, which its `Type` column holds instead of a relation type. */
export function readDirectionWord(text: string): boolean | null {
  const value = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  if (value === 'directed' || value === 'dirigido') return true;
  if (value === 'undirected' || value === 'nodirigido') return false;
  return null;
}

/**
 * An attribute value: numbers stay numbers only when writing them back gives the same text
 * ("007" and "1.50" stay strings), so a round trip never changes what the user wrote.
 */
export function attributeValue(text: string): string | number {
  const number = Number(text);
  return text !== '' && Number.isFinite(number) && String(number) === text ? number : text;
}
