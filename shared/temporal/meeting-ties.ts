import { actorPairKey } from './actor-pair.ts';
import type { TieStatus } from '../domain/tie.ts';
import { addDays, addMonths, isInRange } from './calendar.ts';
import { sectorPairKey } from './sector-pairs.ts';
import { actorsPresentAt, DEFAULT_TIME_STATUSES } from './snapshots.ts';
import type { TimelineData } from './timeline-data.ts';
import { isActiveAt, type DateRange } from './tie-spells.ts';

export interface MeetingOptions {
  /** Months after the event within which a tie counts as formed; [6, 12] by default. */
  windows?: readonly number[];
  /** Events to study, by id; every event by default. */
  eventIds?: readonly string[] | null;
  /** Tie statuses that count; existing ties only by default. */
  statuses?: readonly TieStatus[];
}

/** Pairs counted and how many of them formed a tie. */
export interface PairShare {
  pairs: number;
  formed: number;
  /** formed / pairs; null when there are no pairs. */
  share: number | null;
}

export interface MeetingWindow {
  months: number;
  /** Pairs who attended the event together. */
  attended: PairShare;
  /** Pairs of the same sector pairs who never shared an event (see meetingTies). */
  baseline: PairShare;
}

export interface EventMeeting {
  eventId: string;
  name: string;
  date: string;
  windows: MeetingWindow[];
}

export interface MeetingTies {
  /** i18n key of the one-sentence definition. */
  definition: 'time.indicators.meetingTies';
  /** i18n key of the caveat every result carries: association, not cause. */
  note: 'time.indicators.meetingTiesNote';
  events: EventMeeting[];
  /** Sums over the events (a pair that met at two events counts at each). */
  overall: MeetingWindow[];
}

/**
 * "Did meeting lead to working together?" For each event (day t = its start), the pairs of
 * its attendees with no tie the day before t, and the share of them with a tie spell starting
 * in [t, t + n months) for each window n. Baseline: pairs of actors present on t who never
 * attended any studied event together, with no tie the day before t, whose sector pair is one
 * of the attendee pairs' sector pairs; same windows. Overall: both counts summed over events.
 * This shows association, not cause: people who choose to attend may already be about to
 * work together. Windows reaching past the data's last date under-count formation.
 * Ref: the two-mode co-attendance projection (Breiger 1974, Social Forces 53:181–190) set
 * against a baseline of non-attending pairs, as in Tejido issue 7.
 */
export function meetingTies(data: TimelineData, options: MeetingOptions = {}): MeetingTies {
  const windows = options.windows ?? [6, 12];
  const statuses = options.statuses ?? DEFAULT_TIME_STATUSES;
  const chosen = options.eventIds ? new Set(options.eventIds) : null;
  const events = data.events
    .filter((event) => chosen === null || chosen.has(event.id))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const attendees = new Map<string, string[]>();
  for (const row of data.participation) {
    const list = attendees.get(row.eventId) ?? [];
    if (!list.includes(row.actorId)) list.push(row.actorId);
    attendees.set(row.eventId, list);
  }
  const sharedEver = new Set<string>();
  for (const event of events) {
    for (const [a, b] of pairsOf(attendees.get(event.id) ?? [])) sharedEver.add(actorPairKey(a, b));
  }
  const spellsOfPair = new Map<string, DateRange[][]>();
  for (const tie of data.ties) {
    if (!statuses.includes(tie.status) || tie.source === tie.target) continue;
    const key = actorPairKey(tie.source, tie.target);
    spellsOfPair.set(key, [...(spellsOfPair.get(key) ?? []), tie.spells]);
  }
  const sectorOf = new Map(data.actors.map((actor) => [actor.id as string, actor.sector]));
  const tiedOn = (a: string, b: string, day: string): boolean =>
    (spellsOfPair.get(actorPairKey(a, b)) ?? []).some((spells) => isActiveAt(spells, day));
  const formedIn = (a: string, b: string, from: string, to: string): boolean =>
    (spellsOfPair.get(actorPairKey(a, b)) ?? []).some((spells) =>
      spells.some((spell) => spell.start !== null && isInRange(spell.start, from, to)),
    );

  const results = events.map((event): EventMeeting => {
    const t = event.start;
    const dayBefore = addDays(t, -1);
    const attended = pairsOf(attendees.get(event.id) ?? []).filter(
      ([a, b]) => !tiedOn(a, b, dayBefore),
    );
    const sectorPairs = new Set(
      attended.map(([a, b]) => sectorPairKey(sectorOf.get(a) ?? null, sectorOf.get(b) ?? null)),
    );
    const present = [...actorsPresentAt(data, t, { statuses })].sort();
    const baseline = pairsOf(present).filter(
      ([a, b]) =>
        !sharedEver.has(actorPairKey(a, b)) &&
        sectorPairs.has(sectorPairKey(sectorOf.get(a) ?? null, sectorOf.get(b) ?? null)) &&
        !tiedOn(a, b, dayBefore),
    );
    const count = (pairs: [string, string][], end: string): PairShare =>
      share(pairs.length, pairs.filter(([a, b]) => formedIn(a, b, t, end)).length);
    return {
      eventId: event.id,
      name: event.name,
      date: t,
      windows: windows.map((months) => {
        const end = addMonths(t, months);
        return { months, attended: count(attended, end), baseline: count(baseline, end) };
      }),
    };
  });
  return {
    definition: 'time.indicators.meetingTies',
    note: 'time.indicators.meetingTiesNote',
    events: results,
    overall: windows.map((months, index) => ({
      months,
      attended: sum(results.map((result) => result.windows[index]!.attended)),
      baseline: sum(results.map((result) => result.windows[index]!.baseline)),
    })),
  };
}

function share(pairs: number, formed: number): PairShare {
  return { pairs, formed, share: pairs === 0 ? null : formed / pairs };
}

function sum(parts: readonly PairShare[]): PairShare {
  return share(
    parts.reduce((total, part) => total + part.pairs, 0),
    parts.reduce((total, part) => total + part.formed, 0),
  );
}

function pairsOf(actors: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < actors.length; i += 1) {
    for (let j = i + 1; j < actors.length; j += 1) pairs.push([actors[i]!, actors[j]!]);
  }
  return pairs;
}
