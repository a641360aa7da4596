import type { Evidence, TieStatus } from '../../domain/tie.ts';
import type { ImportProblem } from '../parsed-network.ts';
import { readBoolean, readDay, readNumber, type DayReading } from './cell-values.ts';
import { normaliseHeader } from './column-roles.ts';
import type { CellSpell } from './gephi-intervals.ts';
import { readIntervals } from './gephi-intervals.ts';

/** What one tie cell gave: a value, or a problem code (error = reject the row). */
export type CellOutcome<T> =
  | { ok: true; value: T; warning?: { code: string; value: string } }
  | { ok: false; code: string; severity: ImportProblem['severity']; fallback: T };

const STATUS_WORDS: Record<string, TieStatus> = {
  existing: 'existing',
  existente: 'existing',
  actual: 'existing',
  real: 'existing',
  potential: 'potential',
  potencial: 'potential',
  posible: 'potential',
};

const EVIDENCE_WORDS: Record<string, Evidence> = {
  survey: 'survey',
  encuesta: 'survey',
  cuestionario: 'survey',
  workshop: 'workshop',
  taller: 'workshop',
  event: 'event',
  evento: 'event',
  document: 'document',
  documento: 'document',
  other: 'other',
  otro: 'other',
  otra: 'other',
};

/** Empty means 1 (an unweighted tie); negative weights are kept (signed networks) with a warning. */
export function readWeightCell(text: string): CellOutcome<number> {
  if (text.trim() === '') return { ok: true, value: 1 };
  const weight = readNumber(text);
  if (weight === null) return { ok: false, code: 'invalidWeight', severity: 'error', fallback: 1 };
  if (weight < 0)
    return { ok: true, value: weight, warning: { code: 'negativeWeight', value: text } };
  return { ok: true, value: weight };
}

export function readStatusCell(text: string): CellOutcome<TieStatus> {
  if (text.trim() === '') return { ok: true, value: 'existing' };
  const status = STATUS_WORDS[normaliseHeader(text)];
  if (status !== undefined) return { ok: true, value: status };
  return { ok: false, code: 'unknownStatus', severity: 'warning', fallback: 'existing' };
}

export function readEvidenceCell(text: string): CellOutcome<Evidence | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const evidence = EVIDENCE_WORDS[normaliseHeader(text)];
  if (evidence !== undefined) return { ok: true, value: evidence };
  return { ok: false, code: 'unknownEvidence', severity: 'warning', fallback: null };
}

export function readDirectedCell(text: string): CellOutcome<boolean | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const directed = readBoolean(text);
  if (directed !== null) return { ok: true, value: directed };
  return { ok: false, code: 'invalidDirection', severity: 'warning', fallback: null };
}

/** The error for a date cell that is not a date, or not a possible one; null when fine. */
function unreadableDay(
  reading: DayReading,
  column: 'start' | 'end',
): (CellOutcome<CellSpell[]> & { column: 'start' | 'end' }) | null {
  if (reading.kind === 'invalid') {
    return { ok: false, code: 'invalidDate', severity: 'error', fallback: [], column };
  }
  if (reading.kind === 'impossible') {
    return { ok: false, code: 'impossibleDate', severity: 'error', fallback: [], column };
  }
  return null;
}

/** A start/end pair of columns: one spell, [start, end) as written. */
export function readStartEndCells(
  startText: string,
  endText: string,
): CellOutcome<CellSpell[]> & { column?: 'start' | 'end' } {
  const start = readDay(startText);
  const end = readDay(endText);
  const bad = unreadableDay(start, 'start') ?? unreadableDay(end, 'end');
  if (bad !== null) return bad;
  const startDay = start.kind === 'day' ? start.day : null;
  const endDay = end.kind === 'day' ? end.day : null;
  if (startDay === null && endDay === null) return { ok: true, value: [] };
  if (startDay !== null && endDay !== null && endDay <= startDay) {
    return { ok: false, code: 'endBeforeStart', severity: 'error', fallback: [], column: 'end' };
  }
  return { ok: true, value: [{ start: startDay, end: endDay }] };
}

export function readIntervalsCell(text: string): CellOutcome<CellSpell[]> {
  const reading = readIntervals(text);
  if (reading.kind === 'spells') return { ok: true, value: reading.spells };
  const code = {
    invalid: 'invalidDate',
    impossible: 'impossibleDate',
    endBeforeStart: 'endBeforeStart',
  }[reading.kind];
  return { ok: false, code, severity: 'error', fallback: [] };
}

/**
 * Sorted by start, with overlapping spells joined into one ([start, end) intervals that
 * merely touch stay apart, so a round trip keeps them as the user entered them).
 */
export function uniteSpells(spells: readonly CellSpell[]): CellSpell[] {
  // Most ties have one spell or none: nothing to sort or join.
  if (spells.length <= 1) return spells.map((spell) => ({ ...spell }));
  const sorted = [...spells].sort((a, b) => compareDays(a.start, b.start, -1));
  const united: CellSpell[] = [];
  for (const spell of sorted) {
    const last = united.at(-1);
    if (
      last !== undefined &&
      (last.end === null || spell.start === null || spell.start < last.end)
    ) {
      last.end =
        last.end === null || spell.end === null
          ? null
          : compareDays(last.end, spell.end, 1) > 0
            ? last.end
            : spell.end;
    } else {
      united.push({ ...spell });
    }
  }
  return united;
}

/** Orders days with null first (`nullSide` -1, an open start) or last (1, an open end). */
function compareDays(a: string | null, b: string | null, nullSide: -1 | 1): number {
  if (a === b) return 0;
  if (a === null) return nullSide;
  if (b === null) return -nullSide;
  return a < b ? -1 : 1;
}
