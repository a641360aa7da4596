import type { ImportProblem } from '../formats/parsed-network.ts';

/**
 * The key and params that translate an import problem: the place (file, sheet, row,
 * column) is merged into the params so every message can name it. Readers of line-based
 * formats count lines, spreadsheet readers rows; both are offered.
 */
export function problemMessage(problem: ImportProblem): {
  key: `importProblems.${string}`;
  params: Record<string, string | number>;
} {
  const { place } = problem;
  const params: Record<string, string | number> = { file: place.file };
  if (place.sheet !== undefined) params.sheet = place.sheet;
  if (place.row !== undefined) {
    params.row = place.row;
    params.line = place.row;
  }
  if (place.column !== undefined) params.column = place.column;
  return { key: `importProblems.${problem.code}`, params: { ...params, ...problem.params } };
}
