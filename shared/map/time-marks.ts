import type { FilterResult } from './filter-map.ts';

/** What the map shows at one moment: actor and tie ids. */
export interface ShownIds {
  actorIds: ReadonlySet<string>;
  tieIds: ReadonlySet<string>;
}

/** What changed on screen between two steps of the time slider. */
export interface TimeMarks {
  /** Ties shown now and not at the previous step: highlighted. */
  newTies: ReadonlySet<string>;
  /** Ties shown at the previous step and not now: faded out, then hidden. */
  endedTies: ReadonlySet<string>;
  /** Actors shown now and not at the previous step: marked as having joined. */
  joinedActors: ReadonlySet<string>;
}

export const NO_MARKS: TimeMarks = {
  newTies: new Set(),
  endedTies: new Set(),
  joinedActors: new Set(),
};

/**
 * The marks between two pictures of the map. Compared on what is shown (after filters), so a
 * mark never points at something the filters hide; for the network alone, compare snapshots
 * (shared/temporal/before-after.ts does).
 */
export function timeMarks(before: ShownIds, after: ShownIds): TimeMarks {
  return {
    newTies: difference(after.tieIds, before.tieIds),
    endedTies: difference(before.tieIds, after.tieIds),
    joinedActors: difference(after.actorIds, before.actorIds),
  };
}

function difference(from: ReadonlySet<string>, without: ReadonlySet<string>): Set<string> {
  const result = new Set<string>();
  for (const id of from) if (!without.has(id)) result.add(id);
  return result;
}

/**
 * The canvas holds every actor and tie of the project, so one layout covers them all and
 * nobody jumps as the date moves. At a date, three kinds of element:
 * - shown: present then and kept by the filters;
 * - absent: not present then (`absent`, drawn invisible but still laid out);
 * - filtered: present but hidden by the filters (`filtered`, not drawn nor laid out).
 * Returns what the canvas keeps in its picture (shown + absent, with the counts of what is
 * shown) and the absent ids.
 */
export function canvasSets(
  all: ShownIds,
  present: ShownIds,
  shown: FilterResult,
): { drawn: FilterResult; absent: ShownIds } {
  // The whole network (no date, or nothing dated): nothing is absent, the canvas keeps what
  // is shown. Copying 100,000 tie ids into a new set for nothing was 0.1 s on opening.
  if (all === present) return { drawn: shown, absent: { actorIds: new Set(), tieIds: new Set() } };
  const absent = {
    actorIds: difference(all.actorIds, present.actorIds),
    tieIds: difference(all.tieIds, present.tieIds),
  };
  return {
    drawn: {
      actorIds: new Set([...shown.actorIds, ...absent.actorIds]),
      tieIds: new Set([...shown.tieIds, ...absent.tieIds]),
      counts: shown.counts,
    },
    absent,
  };
}
