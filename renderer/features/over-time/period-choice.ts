import { isIsoDate } from '../../../shared/domain/dates.ts';
import {
  periodsByEvent,
  periodsByWave,
  periodsByYear,
  periodsFromDates,
  type Period,
} from '../../../shared/temporal/periods.ts';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import type { TimelineBounds } from './timeline-bounds.ts';

export const PERIOD_KINDS = ['year', 'wave', 'event', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Which network stands for a period: its first day, or every tie active during it. */
export type SnapshotMode = 'start' | 'period';

export interface PeriodChoice {
  kind: PeriodKind;
  /** Custom dates as typed: YYYY-MM-DD separated by commas, spaces or new lines. */
  customDates: string;
  /** Events that open a period when cutting between events; null = every event. */
  eventIds: readonly string[] | null;
  snapshot: SnapshotMode;
}

export const INITIAL_PERIOD_CHOICE: PeriodChoice = {
  kind: 'year',
  customDates: '',
  eventIds: null,
  snapshot: 'period',
};

export type PeriodProblem =
  | { code: 'noDates' }
  | { code: 'noWaves' }
  | { code: 'noEvents' }
  | { code: 'noEventsChosen' }
  | { code: 'noCustomDates' }
  | { code: 'badDate'; value: string };

export type PeriodsResult = { ok: true; periods: Period[] } | { ok: false; problem: PeriodProblem };

/** Custom dates typed by a person: each one checked, repeats and order left to periodsFromDates. */
export function parseDateList(
  text: string,
): { ok: true; dates: string[] } | { ok: false; bad: string } {
  const dates = text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const bad = dates.find((date) => !isIsoDate(date));
  return bad === undefined ? { ok: true, dates } : { ok: false, bad };
}

/**
 * The periods a choice describes, cut by shared/temporal/periods.ts: calendar years from the
 * first to the last year of the records; one period per survey wave, or between consecutive
 * events (all, or the ones chosen: two events give the time between them); or custom dates. The last wave, event or custom period ends the day after the
 * latest record (open when it starts later). A choice that gives no period says why.
 */
export function periodsFor(
  choice: PeriodChoice,
  data: TimelineData,
  bounds: TimelineBounds | null,
): PeriodsResult {
  if (bounds === null && choice.kind !== 'custom') return fail({ code: 'noDates' });
  const endAfter = (starts: readonly string[]): string | null => {
    const latest = [...starts].sort().at(-1);
    return bounds === null || latest === undefined || latest >= bounds.end ? null : bounds.end;
  };
  switch (choice.kind) {
    case 'year':
      return done(periodsByYear(bounds!.first, bounds!.last));
    case 'wave': {
      if (data.waves.length === 0) return fail({ code: 'noWaves' });
      return done(periodsByWave(data.waves, endAfter(data.waves.map((wave) => wave.date))));
    }
    case 'event': {
      if (data.events.length === 0) return fail({ code: 'noEvents' });
      const chosen = choice.eventIds;
      const events =
        chosen === null ? data.events : data.events.filter((event) => chosen.includes(event.id));
      if (events.length === 0) return fail({ code: 'noEventsChosen' });
      return done(periodsByEvent(events, endAfter(events.map((event) => event.start))));
    }
    case 'custom': {
      const parsed = parseDateList(choice.customDates);
      if (!parsed.ok) return fail({ code: 'badDate', value: parsed.bad });
      if (parsed.dates.length === 0) return fail({ code: 'noCustomDates' });
      return done(periodsFromDates(parsed.dates, endAfter(parsed.dates)));
    }
  }
}

function done(periods: Period[]): PeriodsResult {
  return { ok: true, periods };
}

function fail(problem: PeriodProblem): PeriodsResult {
  return { ok: false, problem };
}
