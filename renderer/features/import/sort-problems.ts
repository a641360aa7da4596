import type { z } from 'zod';
import type { ImportProblemView } from '../../../shared/api/imports.ts';

export type Problem = z.infer<typeof ImportProblemView>;
export type SeverityFilter = 'all' | 'error' | 'warning';

/**
 * Errors first, then warnings; within each, by file, then row (file-level problems, which
 * have no row, before the rows), keeping the backend's order for ties.
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => compare(a.problem, b.problem) || a.index - b.index)
    .map(({ problem }) => problem);
}

function compare(a: Problem, b: Problem): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  if (a.place.file !== b.place.file) return a.place.file < b.place.file ? -1 : 1;
  return (a.place.row ?? 0) - (b.place.row ?? 0);
}

export function filterProblems(problems: readonly Problem[], filter: SeverityFilter): Problem[] {
  return filter === 'all' ? [...problems] : problems.filter((p) => p.severity === filter);
}
