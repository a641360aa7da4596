import type { ParsedEvent, ParsedParticipation, ParsedTie } from '../parsed-network.ts';

/**
 * The one-mode projection of two-mode event data: an undirected tie between every two
 * actors who attended at least one event together, weighted by the number of events they
 * shared (Breiger 1974, "The Duality of Persons and Groups"). Dated from the first shared
 * event's start, open-ended, so co-attendance shows up over time; evidence "event".
 * Quadratic in each event's attendance, which is tens of people at a workshop.
 */
export function projectCoAttendance(
  participation: readonly ParsedParticipation[],
  events: readonly ParsedEvent[] = [],
): ParsedTie[] {
  const startOf = new Map(events.map((event) => [event.id, event.start]));
  const attendees = new Map<string, Set<string>>();
  for (const entry of participation) {
    const set = attendees.get(entry.eventId) ?? new Set<string>();
    set.add(entry.actorId);
    attendees.set(entry.eventId, set);
  }
  const pairs = new Map<
    string,
    { source: string; target: string; shared: number; first: string | null }
  >();
  for (const [eventId, set] of attendees) {
    const actors = [...set].sort();
    const start = startOf.get(eventId) ?? null;
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) {
        const key = JSON.stringify([actors[i], actors[j]]);
        const pair = pairs.get(key) ?? {
          source: actors[i]!,
          target: actors[j]!,
          shared: 0,
          first: start,
        };
        pair.shared++;
        if (start !== null && (pair.first === null || start < pair.first)) pair.first = start;
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()]
    .sort((a, b) =>
      a.source === b.source ? (a.target < b.target ? -1 : 1) : a.source < b.source ? -1 : 1,
    )
    .map((pair) => ({
      id: null,
      source: pair.source,
      target: pair.target,
      endsBy: 'id',
      type: null,
      directed: false,
      weight: pair.shared,
      status: 'existing',
      spells: pair.first === null ? [] : [{ start: pair.first, end: null }],
      evidence: 'event',
      note: '',
      relation: null,
      attributes: {},
      origin: { file: '' },
    }));
}
