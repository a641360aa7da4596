import type { z } from 'zod';
import type { ImportCounts, ImportProblemView } from '../../../shared/api/imports.ts';

type Counts = z.infer<typeof ImportCounts>;
type Problem = z.infer<typeof ImportProblemView>;

/** What a preview or a finished import changes, in the order the sentence names them. */
export const PHRASE_NAMES = [
  'actorsAdded',
  'actorsUpdated',
  'tiesAdded',
  'tiesUpdated',
  'sectorsAdded',
  'tieTypesAdded',
  'events',
  'participation',
  'rowsWithErrors',
  'warnings',
] as const;
export type PhraseName = (typeof PHRASE_NAMES)[number];

export interface CountPhrase {
  name: PhraseName;
  count: number;
}

/**
 * The non-zero counts as phrases ("57 actors to add", "4 rows with errors"). Rows with
 * errors are counted from the problems, one per file and row, because the backend's
 * `rejected` leaves out rows its readers already dropped; a file-level error is one row.
 */
export function countPhrases(counts: Counts, problems: readonly Problem[]): CountPhrase[] {
  const values: Record<PhraseName, number> = {
    actorsAdded: counts.actorsAdded,
    actorsUpdated: counts.actorsUpdated,
    tiesAdded: counts.tiesAdded,
    tiesUpdated: counts.tiesUpdated,
    sectorsAdded: counts.sectorsAdded,
    tieTypesAdded: counts.tieTypesAdded,
    events: counts.events,
    participation: counts.participation,
    rowsWithErrors: Math.max(rowsWithErrors(problems), counts.rejected),
    warnings: counts.warnings,
  };
  return PHRASE_NAMES.filter((name) => values[name] > 0).map((name) => ({
    name,
    count: values[name],
  }));
}

/** Distinct places (file, sheet, row) of the error problems. */
export function rowsWithErrors(problems: readonly Problem[]): number {
  const places = new Set<string>();
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    const { file, sheet, row } = problem.place;
    places.add(JSON.stringify([file, sheet ?? null, row ?? null]));
  }
  return places.size;
}

/**
 * Translated phrases joined as the language lists things: "a, b and c" / "a, b y c".
 * Falls back to commas where Intl.ListFormat is missing.
 */
export function joinPhrases(phrases: readonly string[], language: string): string {
  if (typeof Intl.ListFormat !== 'function') return phrases.join(', ');
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(phrases);
}
