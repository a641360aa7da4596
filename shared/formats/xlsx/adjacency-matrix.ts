import { readNumber } from '../csv/cell-values.ts';
import { cellProblem } from '../csv/problems.ts';
import type { ImportProblem, ParsedActor, ParsedTie, SourcePlace } from '../parsed-network.ts';
import type { WorkbookSheet } from './workbook-cells.ts';
import { cellText } from './workbook-cells.ts';

export interface MatrixNetwork {
  actors: ParsedActor[];
  ties: ParsedTie[];
  directed: boolean;
}

/** True when the first row and first column hold the same non-empty labels (A1 may be anything). */
export function looksLikeMatrix(sheet: WorkbookSheet): boolean {
  const { rowLabels, columnLabels } = labelsOf(sheet);
  if (rowLabels.length < 2 || rowLabels.length !== columnLabels.length) return false;
  if (rowLabels.some((label) => label === '')) return false;
  return sameSet(rowLabels, columnLabels);
}

/**
 * A labelled adjacency matrix (as Gephi's matrix importer and UCINET's Excel files lay it
 * out): one tie per non-zero cell, weighted by its value, row → column. A symmetric matrix
 * is read as undirected and only its upper triangle (with the diagonal) is kept, so each
 * tie is counted once; otherwise every non-zero cell is a directed tie. Diagonal cells are
 * self-loops. Empty cells are 0; text cells are reported and read as 0.
 */
export function readAdjacencyMatrix(
  sheet: WorkbookSheet,
  file: string,
  report: (problem: ImportProblem) => void,
): MatrixNetwork | null {
  if (!looksLikeMatrix(sheet)) {
    report(cellProblem('error', 'matrixNotSquare', { file, sheet: sheet.sheet }));
    return null;
  }
  const { rowLabels, columnLabels } = labelsOf(sheet);
  const size = rowLabels.length;
  const columnOf = new Map(columnLabels.map((label, index) => [label, index + 1]));
  const weights: number[][] = rowLabels.map((_, rowIndex) =>
    rowLabels.map((label) => {
      const column = columnOf.get(label)!;
      const text = cellText(sheet.data[rowIndex + 1]?.[column]).trim();
      if (text === '') return 0;
      const weight = readNumber(text);
      if (weight === null) {
        const place = matrixPlace(file, sheet.sheet, rowIndex + 2, column);
        report(cellProblem('error', 'invalidWeight', place, { value: text }));
        return 0;
      }
      return weight;
    }),
  );
  const symmetric = weights.every((row, i) => row.every((weight, j) => weight === weights[j]![i]));
  const actors: ParsedActor[] = rowLabels.map((label, index) => ({
    id: label,
    name: label,
    sector: null,
    kind: null,
    region: null,
    attributes: {},
    origin: { file, sheet: sheet.sheet, row: index + 2 },
  }));
  const ties: ParsedTie[] = [];
  for (let i = 0; i < size; i++) {
    for (let j = symmetric ? i : 0; j < size; j++) {
      const weight = weights[i]![j]!;
      if (weight === 0) continue;
      ties.push({
        id: null,
        source: rowLabels[i]!,
        target: rowLabels[j]!,
        endsBy: 'id',
        type: null,
        directed: !symmetric,
        weight,
        status: 'existing',
        spells: [],
        evidence: null,
        note: '',
        relation: null,
        attributes: {},
        origin: matrixPlace(file, sheet.sheet, i + 2, columnOf.get(rowLabels[j]!)!),
      });
    }
  }
  return { actors, ties, directed: !symmetric };
}

function labelsOf(sheet: WorkbookSheet): { rowLabels: string[]; columnLabels: string[] } {
  const columnLabels = (sheet.data[0] ?? []).slice(1).map((cell) => cellText(cell).trim());
  while (columnLabels.at(-1) === '') columnLabels.pop();
  const rowLabels = sheet.data.slice(1).map((row) => cellText(row[0]).trim());
  while (rowLabels.at(-1) === '') rowLabels.pop();
  return { rowLabels, columnLabels };
}

function sameSet(first: readonly string[], second: readonly string[]): boolean {
  const set = new Set(first);
  return set.size === first.length && second.every((label) => set.has(label));
}

/** Columns are named by letter, as Excel shows them (A, B, … Z, AA …). */
function matrixPlace(file: string, sheet: string, row: number, column: number): SourcePlace {
  return { file, sheet, row, column: columnLetter(column) };
}

export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
