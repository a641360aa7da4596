import type { TableRecord } from '../csv/table-rows.ts';

/** A cell as read-excel-file returns it. */
export type WorkbookCell = string | number | boolean | Date | null;

export interface WorkbookSheet {
  sheet: string;
  data: WorkbookCell[][];
}

/**
 * Reads every sheet of an .xlsx file. The default is read-excel-file's `universal` entry,
 * the one that runs in Node, a browser and a Web Worker alike (it takes an ArrayBuffer);
 * a caller may pass another, e.g. a stub in tests.
 */
export type ReadWorkbookSheets = (input: ArrayBuffer) => Promise<WorkbookSheet[]>;

/** Text as the tabular readers expect it; dates as ISO days (read-excel-file gives UTC dates). */
export function cellText(cell: WorkbookCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return String(cell);
}

/** A sheet's rows as table records, numbered as Excel shows them (row 1 first). */
export function sheetRecords(sheet: WorkbookSheet): TableRecord[] {
  return sheet.data
    .map((row, index) => ({ row: index + 1, cells: row.map(cellText) }))
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''));
}

export function findSheet(
  sheets: readonly WorkbookSheet[],
  name: string,
): WorkbookSheet | undefined {
  const wanted = name.trim().toLowerCase();
  return sheets.find((sheet) => sheet.sheet.trim().toLowerCase() === wanted);
}
