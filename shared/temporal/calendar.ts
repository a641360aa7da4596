/**
 * Calendar arithmetic on ISO days (YYYY-MM-DD), done on the Gregorian calendar in UTC so the
 * result never depends on the machine's time zone.
 */

function toUtc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `days` after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/**
 * The same day of the month `months` later; a day the target month lacks becomes its last day
 * (2019-01-31 + 1 month = 2019-02-28), as spreadsheets' EDATE does.
 */
export function addMonths(day: string, months: number): string {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(targetYear, targetMonth, Math.min(dayOfMonth, lastDay))));
}

/** True when `day` falls in the half-open range [start, end); null ends are open. */
export function isInRange(day: string, start: string | null, end: string | null): boolean {
  return (start === null || start <= day) && (end === null || day < end);
}
