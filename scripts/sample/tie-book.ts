/**
 * Collects the sample's ties and enforces the rules the test checks: no self-loops, at most
 * one tie per pair and type (in either direction), spells that are ordered and do not overlap.
 */
import type { Random } from './random.ts';

export type TieType = 'collaboration' | 'information' | 'funding' | 'alliance' | 'referral';
export type Evidence = 'survey' | 'workshop' | 'event' | 'document' | 'other';

export interface SpellRow {
  start: string | null;
  end: string | null;
}

export interface TieDraft {
  source: string;
  target: string;
  type: TieType;
  status?: 'existing' | 'potential';
  spells: SpellRow[];
  weight?: number;
  evidence: Evidence | null;
  note?: string;
}

export interface TieRecord {
  id: string;
  source: string;
  target: string;
  type: TieType;
  status: 'existing' | 'potential';
  spells: SpellRow[];
  weight: number;
  evidence: Evidence | null;
  note: string;
}

/** Weight ranges by type: a formal alliance weighs most, an exchange of information least. */
const WEIGHT_RANGE: Record<TieType, [number, number]> = {
  alliance: [3, 3],
  funding: [2, 3],
  collaboration: [1, 3],
  information: [1, 2],
  referral: [1, 2],
};

export interface TieBook {
  /** Adds the tie unless it would be a self-loop or repeat a pair and type; says whether it did. */
  add(draft: TieDraft): boolean;
  has(a: string, b: string, type: TieType): boolean;
  /** True when `a` and `b` already share a tie of any type. */
  linked(a: string, b: string): boolean;
  /** The ties in reading order (existing by first start date, then potential), numbered. */
  list(): TieRecord[];
}

function unorderedPair(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function spellsAreValid(spells: readonly SpellRow[]): boolean {
  return spells.every((spell, i) => {
    if (spell.start !== null && spell.end !== null && spell.start >= spell.end) return false;
    if (i === 0) return true;
    const previousEnd = spells[i - 1]!.end;
    return previousEnd !== null && spell.start !== null && previousEnd <= spell.start;
  });
}

export function createTieBook(random: Random): TieBook {
  const ties: TieRecord[] = [];
  const typedPairs = new Set<string>();
  const pairs = new Set<string>();

  function add(draft: TieDraft): boolean {
    const pair = unorderedPair(draft.source, draft.target);
    if (draft.source === draft.target || typedPairs.has(`${draft.type}|${pair}`)) return false;
    if (draft.spells.length === 0 || !spellsAreValid(draft.spells)) {
      throw new Error(`Bad spells for ${draft.type} ${pair}: ${JSON.stringify(draft.spells)}`);
    }
    typedPairs.add(`${draft.type}|${pair}`);
    pairs.add(pair);
    const status = draft.status ?? 'existing';
    const [low, high] = WEIGHT_RANGE[draft.type];
    const weight = draft.weight ?? (status === 'potential' ? 1 : random.int(low, high));
    ties.push({ ...draft, id: '', status, weight, note: draft.note ?? '' });
    return true;
  }

  function list(): TieRecord[] {
    // Array.prototype.sort is stable: ties of the same day keep the order they were told in.
    const sortKey = (tie: TieRecord): string =>
      `${tie.status === 'potential' ? 1 : 0}|${tie.spells[0]!.start ?? ''}`;
    const ordered = [...ties].sort((a, b) => {
      const [ka, kb] = [sortKey(a), sortKey(b)];
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    const width = Math.max(3, String(ordered.length).length);
    return ordered.map((tie, i) => ({ ...tie, id: `t${String(i + 1).padStart(width, '0')}` }));
  }

  return {
    add,
    has: (a, b, type) => typedPairs.has(`${type}|${unorderedPair(a, b)}`),
    linked: (a, b) => pairs.has(unorderedPair(a, b)),
    list,
  };
}
