import type { ParsedTie, SourcePlace } from '../parsed-network.ts';
import { createTie } from './records.ts';

/** One cell of an adjacency matrix as read, with the place it came from. */
export interface MatrixCell {
  row: number;
  column: number;
  value: number;
  place: SourcePlace;
}

export interface MatrixTies {
  ties: ParsedTie[];
  /** True when every cell equals its mirror, so the ties were read as undirected. */
  symmetric: boolean;
}

/**
 * Ties of a square adjacency matrix, zero cells skipped. A symmetric matrix (DL's and
 * Pajek's way of storing an undirected relation) gives one undirected tie per pair, read
 * from the upper triangle and diagonal; any other matrix gives one directed tie per cell.
 * That is how UCINET, Pajek and the fixtures' counts treat them.
 */
export function tiesFromMatrix(
  cells: MatrixCell[],
  ids: string[],
  relation: string | null,
): MatrixTies {
  const values = new Map<string, number>();
  for (const cell of cells) values.set(`${cell.row} ${cell.column}`, cell.value);
  const symmetric = cells.every(
    (cell) => (values.get(`${cell.column} ${cell.row}`) ?? 0) === cell.value,
  );
  const ties: ParsedTie[] = [];
  for (const cell of cells) {
    if (cell.value === 0 || (symmetric && cell.column < cell.row)) continue;
    const tie = createTie(ids[cell.row]!, ids[cell.column]!, cell.place);
    tie.weight = cell.value;
    tie.directed = !symmetric;
    tie.relation = relation;
    ties.push(tie);
  }
  return { ties, symmetric };
}

/** Network-level direction: all ties one way gives that way; a mix or no ties gives null. */
export function directionOfTies(ties: ParsedTie[]): boolean | null {
  const kinds = new Set(ties.map((tie) => tie.directed));
  if (kinds.size !== 1) return null;
  const [only] = kinds;
  return only ?? null;
}
