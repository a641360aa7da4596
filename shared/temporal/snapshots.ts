import type { NetworkQuery, NetworkSnapshot } from '../api/network.ts';
import type { TieStatus } from '../domain/tie.ts';
import { selectNetwork } from '../network/select-network.ts';
import type { Period } from './periods.ts';
import type { TimelineData } from './timeline-data.ts';
import { isActiveAt, isActiveDuring, type DateRange } from './tie-spells.ts';

export interface SnapshotOptions {
  /** Tie statuses that count; only existing ties by default (potential ties are not ties yet). */
  statuses?: readonly TieStatus[];
  /** Sector, region, tie-type and group filters, as in selectNetwork. */
  filters?: Omit<NetworkQuery, 'at' | 'from' | 'to' | 'statuses'>;
  /** Keep only the actors present then ('present', the default) or every actor ('all'). */
  actors?: 'present' | 'all';
}

export const DEFAULT_TIME_STATUSES: readonly TieStatus[] = ['existing'];

/** A time: one day, or a period [start, end). */
type When = { at: string } | { from: string; to: string | null };

function isActive(spells: readonly DateRange[], when: When): boolean {
  return 'at' in when ? isActiveAt(spells, when.at) : isActiveDuring(spells, when.from, when.to);
}

function select(data: TimelineData, when: When, options: SnapshotOptions): NetworkSnapshot {
  const statuses = [...(options.statuses ?? DEFAULT_TIME_STATUSES)];
  const time =
    'at' in when ? { at: when.at } : { from: when.from, ...(when.to ? { to: when.to } : {}) };
  const snapshot = selectNetwork(data, { ...options.filters, ...time, statuses });
  if (options.actors === 'all') return snapshot;
  const present = presentIn(data, snapshot, when);
  return { ...snapshot, actors: snapshot.actors.filter((actor) => present.has(actor.id)) };
}

/**
 * Who is present: an actor with at least one tie active then (of the counted statuses), a
 * group membership in force then, or (files that date their actors, like GEXF) a presence
 * spell of its own covering that time. Actors with none of these are not yet, or no longer,
 * part of the local system and are left out of the snapshot.
 */
function presentIn(data: TimelineData, snapshot: NetworkSnapshot, when: When): Set<string> {
  const present = new Set<string>();
  for (const tie of snapshot.ties) {
    present.add(tie.source);
    present.add(tie.target);
  }
  for (const member of data.members) {
    if (isActive([{ start: member.joined, end: member.left }], when)) present.add(member.actorId);
  }
  for (const [actor, spells] of data.actorSpells ?? []) {
    if (isActive(spells, when)) present.add(actor);
  }
  return present;
}

/**
 * The network on one day: ties with a spell containing `date` ([start, end), open ends
 * reaching to the start or end of time), among the actors present that day (see presentIn).
 */
export function snapshotAt(
  data: TimelineData,
  date: string,
  options: SnapshotOptions = {},
): NetworkSnapshot {
  return select(data, { at: date }, options);
}

/**
 * The network of a period: ties active at any moment of [start, end), among the actors
 * present at any moment of it. A tie that ended mid-period still counts.
 */
export function snapshotDuring(
  data: TimelineData,
  period: Period,
  options: SnapshotOptions = {},
): NetworkSnapshot {
  return select(data, { from: period.start, to: period.end }, options);
}

/**
 * Ids of the actors present on `date`: an active tie (of the counted statuses), a membership
 * in force, or a presence spell of their own (files only).
 */
export function actorsPresentAt(
  data: TimelineData,
  date: string,
  options: SnapshotOptions = {},
): Set<string> {
  return new Set(snapshotAt(data, date, options).actors.map((actor) => actor.id));
}
