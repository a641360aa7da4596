import type { DayReading } from './cell-values.ts';
import { addDays, readDay } from './cell-values.ts';

export interface CellSpell {
  start: string | null;
  end: string | null;
}

export type IntervalReading =
  | { kind: 'spells'; spells: CellSpell[] }
  | { kind: 'invalid' }
  | { kind: 'impossible' }
  | { kind: 'endBeforeStart' };

/**
 * Reads Gephi's Timeset/Interval cells: `<[2000.0, 2001.0]; [2005, 2010]>`, a single
 * `[2016-02-03, 2016-02-04]`, with `Infinity`/`-Infinity` for open ends. Gephi's intervals
 * are closed (both days included); Tejido's spells are [start, end), so a closed end day
 * becomes the next day. Also reads the half-open `[a, b)` form, whose end is kept as is.
 * Ref: Gephi Data Laboratory "Timeset" column, gephi/gephi IntervalsParser.
 */
export function readIntervals(text: string): IntervalReading {
  const value = text.trim().replace(/^</, '').replace(/>$/, '').trim();
  if (value === '') return { kind: 'spells', spells: [] };
  const parts = value.split(';').map((part) => part.trim());
  const spells: CellSpell[] = [];
  for (const part of parts) {
    const match = /^[[(]\s*([^,]*?)\s*,\s*([^,]*?)\s*([\])])$/.exec(part);
    if (!match) return { kind: 'invalid' };
    const start = readDay(match[1]!);
    const end = readDay(match[2]!);
    const failed = worstReading([start, end]);
    if (failed !== null) return failed;
    const startDay = start.kind === 'day' ? start.day : null;
    const closedEnd = match[3] === ']';
    const endDay = end.kind === 'day' ? (closedEnd ? addDays(end.day, 1) : end.day) : null;
    if (startDay !== null && endDay !== null && endDay <= startDay) {
      return { kind: 'endBeforeStart' };
    }
    spells.push({ start: startDay, end: endDay });
  }
  return { kind: 'spells', spells };
}

function worstReading(readings: DayReading[]): IntervalReading | null {
  if (readings.some((reading) => reading.kind === 'impossible')) return { kind: 'impossible' };
  if (readings.some((reading) => reading.kind === 'invalid')) return { kind: 'invalid' };
  return null;
}
