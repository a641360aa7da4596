import { addDays } from '../../../shared/temporal/calendar.ts';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';

/** The days a project's records span. */
export interface TimelineBounds {
  /** The earliest day any record mentions. */
  first: string;
  /** The latest day any record mentions. */
  last: string;
  /** The day after `last`: where the last of a set of periods stops. */
  end: string;
}

/**
 * The span of a project's dates: tie spells, memberships, events and survey waves. Periods
 * are cut inside it (by year: from the first year to the last), and the last period of waves,
 * events or custom dates ends the day after the latest record instead of running forever.
 * Null when nothing is dated.
 */
export function timelineBounds(data: TimelineData): TimelineBounds | null {
  const days: string[] = [];
  const add = (day: string | null) => {
    if (day !== null) days.push(day);
  };
  for (const tie of data.ties) {
    for (const spell of tie.spells) {
      add(spell.start);
      add(spell.end);
    }
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
  if (days.length === 0) return null;
  days.sort();
  const last = days[days.length - 1]!;
  return { first: days[0]!, last, end: addDays(last, 1) };
}
