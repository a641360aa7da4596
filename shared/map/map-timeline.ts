import type { NetworkSnapshot } from '../api/network.ts';
import type { TieStatus } from '../domain/tie.ts';
import { addDays, addMonths } from '../temporal/calendar.ts';
import { snapshotAt } from '../temporal/snapshots.ts';
import type { TimelineData } from '../temporal/timeline-data.ts';

/** The map draws potential ties too (dashed), so both statuses make an actor present. */
export const MAP_STATUSES: readonly TieStatus[] = ['existing', 'potential'];

/**
 * The network the map draws on `date` (every actor and tie when null): the snapshot of
 * shared/temporal (ties active that day, actors present that day) with both statuses, plus
 * the actors that have no date at all (no tie, no membership, no presence spell of their
 * own): like a tie without spells, an undated actor counts as present at every date, so an
 * isolate typed in by hand never vanishes from the map.
 */
export function mapSnapshotAt(data: TimelineData, date: string | null): NetworkSnapshot {
  const all = { actors: [...data.actors], ties: [...data.ties], sectors: [...data.sectors] };
  if (date === null) return { ...all, tieTypes: [...data.tieTypes] };
  const snapshot = snapshotAt(data, date, { statuses: MAP_STATUSES });
  const dated = datedActors(data);
  const present = new Set<string>(snapshot.actors.map((actor) => actor.id));
  return {
    ...snapshot,
    actors: data.actors.filter((actor) => present.has(actor.id) || !dated.has(actor.id)),
  };
}

/**
 * Kept per project data object (never mutated): the time slider asks at every step, and at
 * 100,000 ties the set takes a tenth of a second to build.
 */
const datedCache = new WeakMap<TimelineData, ReadonlySet<string>>();

/** Actors with something that dates them: a tie, a group membership or a presence spell. */
function datedActors(data: TimelineData): ReadonlySet<string> {
  const cached = datedCache.get(data);
  if (cached) return cached;
  const dated = new Set<string>();
  for (const tie of data.ties) {
    dated.add(tie.source);
    dated.add(tie.target);
  }
  for (const member of data.members) dated.add(member.actorId);
  for (const actor of data.actorSpells?.keys() ?? []) dated.add(actor);
  datedCache.set(data, dated);
  return dated;
}

export interface TimeRange {
  first: string;
  last: string;
}

/**
 * The project's time range: the earliest and latest date recorded anywhere (tie spells,
 * memberships, events, waves). Spell ends are included: the day a tie ends is worth seeing.
 * Null when nothing is dated.
 */
export function timeRange(data: TimelineData): TimeRange | null {
  const dates: string[] = [];
  const add = (date: string | null) => {
    if (date !== null) dates.push(date);
  };
  for (const tie of data.ties)
    for (const spell of tie.spells) {
      add(spell.start);
      add(spell.end);
    }
  for (const member of data.members) {
    add(member.joined);
    add(member.left);
  }
  for (const event of data.events) {
    add(event.start);
    add(event.end);
  }
  for (const wave of data.waves) add(wave.date);
  if (dates.length === 0) return null;
  dates.sort();
  return { first: dates[0]!, last: dates[dates.length - 1]! };
}

/** What one step of the time slider moves by. */
export type TimeStepKind = 'wave' | 'event' | 'month';

/**
 * The dates the slider steps through: survey waves, the start of each event, or the first
 * day of each month of the range. Sorted, without repeats.
 */
export function timeSteps(
  data: TimelineData,
  kind: TimeStepKind,
  range: TimeRange | null,
): string[] {
  const dates =
    kind === 'wave'
      ? data.waves.map((wave) => wave.date)
      : kind === 'event'
        ? data.events.map((event) => event.start)
        : monthStarts(range);
  return [...new Set<string>(dates)].sort();
}

function monthStarts(range: TimeRange | null): string[] {
  if (!range) return [];
  const months: string[] = [];
  for (let month = `${range.first.slice(0, 7)}-01`; month <= range.last;) {
    months.push(month);
    month = addMonths(month, 1);
  }
  return months;
}

/**
 * The step after (direction 1) or before (−1) `current`: the first step strictly later, or
 * the last strictly earlier. With no current date, the first or last step. Null past the end.
 */
export function stepFrom(
  steps: readonly string[],
  current: string | null,
  direction: 1 | -1,
): string | null {
  if (current === null) return (direction === 1 ? steps[0] : steps[steps.length - 1]) ?? null;
  if (direction === 1) return steps.find((step) => step > current) ?? null;
  const earlier = steps.filter((step) => step < current);
  return earlier[earlier.length - 1] ?? null;
}

/** Whole days from `from` to `to` (negative when `to` is earlier), in UTC. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day `index` days into the range, clamped to it (the slider's value → a date). */
export function dateInRange(range: TimeRange, index: number): string {
  const last = daysBetween(range.first, range.last);
  return addDays(range.first, Math.min(Math.max(Math.round(index), 0), last));
}
