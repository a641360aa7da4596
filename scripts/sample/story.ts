/** What every chapter of the tie story needs, and the small moves they share. */
import type { Cast } from './actors.ts';
import { addDays } from './calendar.ts';
import type { MemberRow, ParticipationRow } from './learning-communities.ts';
import type { Random } from './random.ts';
import type { Evidence, TieBook, TieType } from './tie-book.ts';

export interface StoryContext {
  random: Random;
  cast: Cast;
  book: TieBook;
  members: readonly MemberRow[];
  participation: readonly ParticipationRow[];
}

/** The last day the sample records: the final survey wave. Ties end before it or not at all. */
export const LAST_DAY = '2020-07-01';

/** Every unordered pair of `ids`, in a fixed order. */
export function pairsOf(ids: readonly string[]): [string, string][] {
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]));
}

/** `ids` located in the same region as `actorId`. */
export function localTo(cast: Cast, actorId: string, ids: readonly string[]): string[] {
  return ids.filter((id) => cast.regionOf(id) === cast.regionOf(actorId));
}

/**
 * With probability `p`, an end day `minDays`–`maxDays` after `start`, capped at the last
 * recorded day; null (still active) otherwise or when the cap leaves no room.
 */
export function maybeEnd(
  random: Random,
  start: string,
  p: number,
  minDays: number,
  maxDays: number,
): string | null {
  if (!random.chance(p)) return null;
  const end = addDays(start, random.int(minDays, maxDays));
  return end < LAST_DAY ? end : null;
}

export interface LinkOptions {
  types: readonly TieType[];
  start: () => string;
  evidence: Evidence | null;
  note?: string;
  /** Probability that the tie has ended by the last recorded day. */
  endChance?: number;
  /** Only pairs that share no tie yet: a new relationship rather than a new kind of one. */
  freshPairs?: boolean;
}

/**
 * Adds up to `count` new ties between random members of `sources` and `targets`, skipping
 * pairs that already share a tie of the chosen type. Returns how many it added.
 */
export function linkSome(
  { random, book }: StoryContext,
  sources: readonly string[],
  targets: readonly string[],
  count: number,
  options: LinkOptions,
): number {
  let added = 0;
  for (let attempt = 0; attempt < count * 40 && added < count; attempt++) {
    const source = random.pick(sources);
    const target = random.pick(targets);
    if (options.freshPairs === true && book.linked(source, target)) continue;
    const start = options.start();
    const end = maybeEnd(random, start, options.endChance ?? 0, 180, 600);
    const ok = book.add({
      source,
      target,
      type: random.pick(options.types),
      spells: [{ start, end }],
      evidence: options.evidence,
      ...(options.note === undefined ? {} : { note: options.note }),
    });
    if (ok) added++;
  }
  return added;
}
