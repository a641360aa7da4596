import type { Event } from '../domain/event.ts';
import type { Wave } from '../domain/wave.ts';

/** A stretch of time [start, end) in ISO days; a null end is still open. */
export interface Period {
  label: string;
  start: string;
  end: string | null;
}

/**
 * Calendar years [YYYY-01-01, next YYYY-01-01) from the year of `first` to the year of `last`,
 * both included; labelled by the year.
 */
export function periodsByYear(first: string, last: string): Period[] {
  const periods: Period[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1) {
    periods.push({ label: String(year), start: `${year}-01-01`, end: `${year + 1}-01-01` });
  }
  return periods;
}

/**
 * Custom dates as consecutive periods: each date starts a period that runs until the next
 * date; the last one runs until `end` (open when null). Dates are sorted and repeated ones
 * dropped; each period is labelled by its start date.
 */
export function periodsFromDates(dates: readonly string[], end: string | null = null): Period[] {
  const sorted = [...new Set(dates)].sort();
  return sorted.map((start, index) => ({
    label: start,
    start,
    end: sorted[index + 1] ?? end,
  }));
}

/**
 * One period per survey wave: from the wave's date until the next wave's date; the last wave's
 * period runs until `end` (open when null). Labelled by the wave's name.
 */
export function periodsByWave(waves: readonly Wave[], end: string | null = null): Period[] {
  const sorted = [...waves].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return sorted.map((wave, index) => ({
    label: wave.name,
    start: wave.date,
    end: sorted[index + 1]?.date ?? end,
  }));
}

/**
 * The time between events: each event opens a period that lasts until the next event starts
 * (what happened after one meeting and before the next); the last one runs until `end`.
 * Events starting the same day share one period. Labelled by the opening event's name.
 */
export function periodsByEvent(events: readonly Event[], end: string | null = null): Period[] {
  const firstOfDay = new Map<string, Event>();
  for (const event of [...events].sort((a, b) => (a.start < b.start ? -1 : 1))) {
    if (!firstOfDay.has(event.start)) firstOfDay.set(event.start, event);
  }
  const starts = [...firstOfDay.keys()].sort();
  return starts.map((start, index) => ({
    label: firstOfDay.get(start)!.name,
    start,
    end: starts[index + 1] ?? end,
  }));
}

/** Twelve (or `count`) consecutive calendar months starting with the month of `first`. */
export function periodsByMonth(first: string, count: number): Period[] {
  const periods: Period[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let index = 0; index < count; index += 1) {
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    periods.push({
      label: start.slice(0, 7),
      start,
      end: `${year}-${String(month).padStart(2, '0')}-01`,
    });
  }
  return periods;
}
