import type { NodeColumn, NodeRow } from './node-rows.ts';
import { nodeValue } from './node-rows.ts';

/** A table ready for CSV or Excel: titles, then one row of text and numbers per actor. */
export interface ExportTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/**
 * The visible columns of the measures table as an export: id, actor, sector, then each shown
 * measure under its title. Numbers stay numbers (full precision), never formulas; the CSV
 * writer neutralises text cells, the Excel writer types every cell.
 */
export function exportTable(
  rows: readonly NodeRow[],
  columns: readonly NodeColumn[],
  titles: { id: string; label: string; sector: string; measure: (column: NodeColumn) => string },
): ExportTable {
  return {
    columns: [titles.id, titles.label, titles.sector, ...columns.map(titles.measure)],
    rows: rows.map((row) => [
      row.id,
      row.label,
      row.sectorLabel,
      ...columns.map((column) => nodeValue(row, column)),
    ]),
  };
}
