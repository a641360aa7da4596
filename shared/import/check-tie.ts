import { isIsoDate } from '../domain/dates.ts';
import { Spells, type Spell } from '../domain/spell.ts';
import { Evidence, Tie, TieStatus } from '../domain/tie.ts';
import type { Attributes } from '../domain/text.ts';

/*
 * A zod parse per planned tie (Tie.parse, Spells.safeParse) was most of the planning time of
 * a 100,000-tie import. These checks read the fields directly and give the very value the
 * schema would; whatever they doubt goes through the schema itself, so a bad tie fails with
 * exactly the same ZodError and message as before. The checks must never accept what the
 * schema refuses: test/unit/shared/import/check-tie.test.ts compares them on edge cases.
 */

export const CATALOG_KEY = /^[a-z][a-z0-9_]{0,39}$/;
const EVIDENCE: ReadonlySet<unknown> = new Set(Evidence.options);
const STATUS: ReadonlySet<unknown> = new Set(TieStatus.options);
const MAX_SPELLS = 500;
const MAX_TEXT = 20_000;

/** A spell as readers write it: dates still plain text. */
export interface SpellInput {
  start: string | null;
  end: string | null;
}

/** A tie as the plan builds it, before it is known to be valid. */
export interface TieInput {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  status: string;
  spells: readonly SpellInput[];
  evidence: string | null;
  note: string;
  attributes: Attributes;
}

/** The tie as `Tie.parse(input)` returns it (same key order); throws Tie.parse's error when invalid. */
export function checkedTie(input: TieInput): Tie {
  const spells = sortedSpells(input.spells);
  if (
    spells === null ||
    !isIdText(input.id) ||
    !isIdText(input.source) ||
    !isIdText(input.target) ||
    !CATALOG_KEY.test(input.type) ||
    !isFiniteNumber(input.weight) ||
    !STATUS.has(input.status) ||
    !(input.evidence === null || EVIDENCE.has(input.evidence)) ||
    !isFreeText(input.note) ||
    !areAttributes(input.attributes)
  ) {
    return Tie.parse(input);
  }
  // Every field has just been checked against the schema's rules; only the brands are added.
  return {
    id: input.id as Tie['id'],
    source: input.source as Tie['source'],
    target: input.target as Tie['target'],
    type: input.type,
    weight: input.weight,
    status: input.status as Tie['status'],
    spells,
    evidence: input.evidence as Tie['evidence'],
    note: input.note,
    attributes: { ...input.attributes },
  };
}

/**
 * Spells as `Spells.safeParse` gives them: `{ success: true, data }` (sorted) when valid,
 * otherwise the schema's own result with its message.
 */
export function checkedSpells(
  spells: readonly SpellInput[],
): { success: true; data: Spell[] } | ReturnType<typeof Spells.safeParse> {
  const sorted = sortedSpells(spells);
  return sorted === null ? Spells.safeParse(spells) : { success: true, data: sorted };
}

/** Sorted copies of valid, non-overlapping spells (at most 500); null when anything is off. */
function sortedSpells(spells: readonly SpellInput[]): Spell[] | null {
  if (!Array.isArray(spells) || spells.length > MAX_SPELLS) return null;
  const copies: Spell[] = [];
  for (const spell of spells as readonly unknown[]) {
    if (typeof spell !== 'object' || spell === null) return null;
    const { start, end } = spell as Record<string, unknown>;
    if (!isDateOrNull(start) || !isDateOrNull(end)) return null;
    if (start !== null && end !== null && !(start < end)) return null;
    copies.push({ start, end });
  }
  copies.sort((a, b) => compareStarts(a.start, b.start));
  for (let index = 1; index < copies.length; index++) {
    const previousEnd = copies[index - 1]!.end;
    const start = copies[index]!.start;
    if (previousEnd === null || start === null || start < previousEnd) return null;
  }
  return copies;
}

function compareStarts(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function isDateOrNull(value: unknown): value is Spell['start'] {
  if (value === null) return true;
  if (typeof value !== 'string') return false;
  // A file's ties share a few dates: each is checked once (a pure function's memo).
  if (validDates.has(value)) return true;
  if (!isIsoDate(value)) return false;
  if (validDates.size >= VALID_DATES_KEPT) validDates.clear();
  validDates.add(value);
  return true;
}

const validDates = new Set<string>();
const VALID_DATES_KEPT = 4096;

/** Ids are trimmed by their schema: only text that is already trimmed passes unchanged. */
export function isIdText(value: unknown): boolean {
  return (
    typeof value === 'string' && value.length >= 1 && value.length <= 200 && value.trim() === value
  );
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isFreeText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

export function areAttributes(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const [key, item] of Object.entries(value)) {
    if (key.length < 1 || key.length > 200) return false;
    if (!(
      item === null ||
      typeof item === 'boolean' ||
      isFiniteNumber(item) ||
      (typeof item === 'string' && item.length <= MAX_TEXT)
    )) {
      return false;
    }
  }
  return true;
}
