import { addDays, toIsoDay, type DaySpell } from '../graph-files/days.ts';
import type { XmlElement } from '../xml/xml-element.ts';

/** How the file writes time: calendar dates (mapped to spells) or plain numbers (kept). */
export type TimeKind = 'date' | 'number' | 'detect';

/** `timeformat` of `<graph>`: date and dateTime are dates; double, integer (and 1.1's float) numbers. */
export function timeKindOf(timeformat: string | undefined): TimeKind {
  if (timeformat === undefined) return 'detect';
  const format = timeformat.trim().toLowerCase();
  return format === 'date' || format === 'datetime' ? 'date' : 'number';
}

/** The bounds of one GEXF interval as written, with whether each bound is open (excluded). */
export interface RawInterval {
  start: string | null;
  startOpen: boolean;
  end: string | null;
  endOpen: boolean;
}

/**
 * Reads `start`/`end` (closed, GEXF 1.1–1.3) and the deprecated `startopen`/`endopen`
 * (open, GEXF 1.2); null when the element has none of them.
 */
export function rawInterval(element: XmlElement): RawInterval | null {
  const { start, end, startopen: startOpen, endopen: endOpen } = element.attributes;
  if (start === undefined && end === undefined && startOpen === undefined && endOpen === undefined)
    return null;
  return {
    start: nonEmpty(start ?? startOpen),
    startOpen: start === undefined && startOpen !== undefined,
    end: nonEmpty(end ?? endOpen),
    endOpen: end === undefined && endOpen !== undefined,
  };
}

export type SpellResult =
  | { kind: 'spell'; spell: DaySpell }
  | { kind: 'number' }
  | { kind: 'badDate'; value: string }
  | { kind: 'endBeforeStart'; start: string; end: string };

/**
 * A GEXF interval as a Tejido spell [start, end) of days. GEXF bounds are inclusive, so a
 * closed end day d becomes the exclusive end d + 1 and an open start day d starts at d + 1;
 * `<spell start="2009-03-01" end="2009-03-10"/>` is [2009-03-01, 2009-03-11).
 * With `timeformat` double or integer (or undeclared and not dates) nothing is mapped.
 */
export function spellOf(interval: RawInterval, kind: TimeKind): SpellResult {
  const bounds = [interval.start, interval.end].filter((bound): bound is string => bound !== null);
  const isDate = kind === 'date' || (kind === 'detect' && bounds.some((b) => toIsoDay(b) !== null));
  if (!isDate) return { kind: 'number' };
  const startDay = interval.start === null ? null : toIsoDay(interval.start);
  const endDay = interval.end === null ? null : toIsoDay(interval.end);
  if (interval.start !== null && startDay === null)
    return { kind: 'badDate', value: interval.start };
  if (interval.end !== null && endDay === null) return { kind: 'badDate', value: interval.end };
  const start = startDay === null || !interval.startOpen ? startDay : addDays(startDay, 1);
  const end = endDay === null || interval.endOpen ? endDay : addDays(endDay, 1);
  if (start !== null && end !== null && end <= start) {
    return { kind: 'endBeforeStart', start: interval.start!, end: interval.end! };
  }
  return { kind: 'spell', spell: { start, end } };
}

/** Gephi's interval notation, `[start, end]`, with ±Infinity for missing bounds. */
export function formatInterval(interval: RawInterval, value?: string): string {
  const open = interval.startOpen ? '(' : '[';
  const close = interval.endOpen ? ')' : ']';
  const start = interval.start ?? '-Infinity';
  const end = interval.end ?? 'Infinity';
  return `${open}${start}, ${end}${value === undefined ? '' : `, ${value}`}${close}`;
}

/** The intervals of an element: its own `start`/`end`, and its `<spells>` (1.2–1.3) or `<slices>` (1.1). */
export function intervalsOf(element: XmlElement): { interval: RawInterval; element: XmlElement }[] {
  const found: { interval: RawInterval; element: XmlElement }[] = [];
  const own = rawInterval(element);
  if (own) found.push({ interval: own, element });
  for (const group of element.children) {
    if (group.local !== 'spells' && group.local !== 'slices') continue;
    for (const spell of group.children) {
      const interval = rawInterval(spell);
      if (interval) found.push({ interval, element: spell });
    }
  }
  return found;
}

/** Orders interval starts written as numbers or dates; a missing start comes first. */
export function compareBounds(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  const [numberA, numberB] = [Number(a), Number(b)];
  if (Number.isFinite(numberA) && Number.isFinite(numberB)) return numberA - numberB;
  return a < b ? -1 : 1;
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}
