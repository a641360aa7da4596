import type { z } from 'zod';
import type { ImportCounts } from '../../../shared/api/imports.ts';

type Counts = z.infer<typeof ImportCounts>;

/**
 * The counts of a past import as recorded (a loose record, so older imports with fewer
 * fields still read), without errors and warnings: the history says what went in.
 */
export function historyCounts(recorded: Readonly<Record<string, number>>): Counts {
  const value = (name: keyof Counts) => recorded[name] ?? 0;
  return {
    actorsAdded: value('actorsAdded'),
    actorsUpdated: value('actorsUpdated'),
    tiesAdded: value('tiesAdded'),
    tiesUpdated: value('tiesUpdated'),
    sectorsAdded: value('sectorsAdded'),
    tieTypesAdded: value('tieTypesAdded'),
    events: value('events'),
    participation: value('participation'),
    rejected: value('rejected'),
    errors: 0,
    warnings: 0,
  };
}
