import type { Actor } from '../domain/actor.ts';
import type { Tie } from '../domain/tie.ts';
import { compareDates } from '../temporal/before-after.ts';
import type { TimelineData } from '../temporal/timeline-data.ts';
import { MAP_STATUSES } from './map-timeline.ts';
import type { ShownIds } from './time-marks.ts';

/** What the before/after maps list under them. */
export interface ShownDifference {
  /** Active on the later date, not on the earlier one, and shown on the later map. */
  newTies: Tie[];
  /** Active on the earlier date, not on the later one, and shown on the earlier map. */
  endedTies: Tie[];
  /** Present on the later date only, and shown on the later map. */
  newActors: Actor[];
}

/**
 * The differences between two dates, from shared/temporal's before/after comparison (both
 * tie statuses, as the map draws them), limited to what the two maps show so that every item
 * listed can be found in the picture above it. A tie that ended and restarted in between is
 * neither new nor ended.
 */
export function shownDifference(
  timeline: TimelineData,
  dates: { before: string; after: string },
  shown: { before: ShownIds; after: ShownIds },
): ShownDifference {
  const change = compareDates(timeline, dates.before, dates.after, [], {
    statuses: MAP_STATUSES,
  });
  const newActors = new Set(change.newActors);
  return {
    newTies: change.newTies.filter((tie) => shown.after.tieIds.has(tie.id)),
    endedTies: change.endedTies.filter((tie) => shown.before.tieIds.has(tie.id)),
    newActors: timeline.actors.filter(
      (actor) => newActors.has(actor.id) && shown.after.actorIds.has(actor.id),
    ),
  };
}
