import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import type { TimelineBounds } from './timeline-bounds.ts';

export interface TwoDates {
  before: string;
  after: string;
}

/**
 * The two dates compared until the person picks others: the first and last survey waves
 * (the baseline and the closing round), else the first and last day of the records.
 */
export function defaultDates(data: TimelineData, bounds: TimelineBounds | null): TwoDates | null {
  const waves = data.waves.map((wave) => wave.date as string).sort();
  if (waves.length >= 2 && waves[0]! < waves.at(-1)!) {
    return { before: waves[0]!, after: waves.at(-1)! };
  }
  if (bounds === null || bounds.first >= bounds.last) return null;
  return { before: bounds.first, after: bounds.last };
}

/**
 * The actor most likely to be the convener: the one who attended the most events (ties
 * broken by id, so the choice is stable). Null when nobody attended anything. Only a first
 * guess: the screen lets the person pick any actor.
 */
export function likelyConvener(data: TimelineData): string | null {
  const events = new Map<string, Set<string>>();
  for (const row of data.participation) {
    events.set(row.actorId, (events.get(row.actorId) ?? new Set()).add(row.eventId));
  }
  let best: string | null = null;
  let most = 0;
  for (const [actor, attended] of [...events].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (attended.size > most) [best, most] = [actor, attended.size];
  }
  return best;
}
