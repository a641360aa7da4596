import type { ImportProblem, SourcePlace } from '../parsed-network.ts';

/**
 * Builders for the problems the tabular readers report. Every problem carries `file`,
 * `row` and `column` in its params too, so a message can name the place (STYLE.md §8).
 */
export function fileProblem(
  severity: ImportProblem['severity'],
  code: string,
  file: string,
  params: Record<string, string | number> = {},
): ImportProblem {
  return { severity, code, params: { file, ...params }, place: { file } };
}

export function cellProblem(
  severity: ImportProblem['severity'],
  code: string,
  place: SourcePlace,
  params: Record<string, string | number> = {},
): ImportProblem {
  const named: Record<string, string | number> = { file: place.file };
  if (place.row !== undefined) named['row'] = place.row;
  if (place.column !== undefined) named['column'] = place.column;
  if (place.sheet !== undefined) named['sheet'] = place.sheet;
  return { severity, code, params: { ...named, ...params }, place };
}
