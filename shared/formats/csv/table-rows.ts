import type { Attributes } from '../../domain/text.ts';
import type { ImportProblem, SourcePlace } from '../parsed-network.ts';
import { attributeValue } from './cell-values.ts';
import { looksLikeFormula, restoreCell } from './neutralise.ts';
import { cellProblem } from './problems.ts';

/** A record of a table (CSV file or workbook sheet); cells already turned into text. */
export interface TableRecord {
  row: number;
  cells: string[];
}

export type TableRecords = AsyncIterable<TableRecord> | Iterable<TableRecord>;

/** Where a table comes from and how its cells were written. */
export interface TableSource {
  file: string;
  sheet?: string;
  /**
   * CSV cells may carry our own `'` formula guard (undo it) or a live formula (warn);
   * workbook cells are typed, so a string cell is never a formula and is kept as is.
   */
  cellsAreCsv: boolean;
}

export interface TableContext {
  source: TableSource;
  headers: string[];
  headerRow: number;
  report: (problem: ImportProblem) => void;
}

/** The place of one cell, named by its header as the user wrote it. */
export function placeOf(
  context: TableContext,
  row: number,
  column: number | undefined,
): SourcePlace {
  const place: SourcePlace = { file: context.source.file, row };
  if (context.source.sheet !== undefined) place.sheet = context.source.sheet;
  if (column !== undefined) place.column = headerName(context.headers, column);
  return place;
}

export function headerName(headers: readonly string[], column: number): string {
  const header = headers[column]?.trim() ?? '';
  return header === '' ? `#${column + 1}` : header;
}

/**
 * Brings a record to the header's width and undoes CSV formula guards. Extra non-empty
 * cells mean the row does not fit the header (a stray separator or an unquoted comma):
 * the row is rejected rather than shifted. Missing trailing cells are read as empty.
 */
export function prepareCells(context: TableContext, record: TableRecord): string[] | null {
  const width = context.headers.length;
  const found = record.cells.length;
  for (let column = width; column < found; column++) {
    if (record.cells[column]!.trim() === '') continue;
    context.report(
      cellProblem('error', 'raggedRow', placeOf(context, record.row, undefined), {
        found,
        expected: width,
      }),
    );
    return null;
  }
  if (found < width && found > 1) {
    context.report(
      cellProblem('warning', 'shortRow', placeOf(context, record.row, undefined), {
        found,
        expected: width,
      }),
    );
  }
  // The record's own array is reused: a file may have a million rows, each read once.
  const cells = record.cells;
  cells.length = width;
  for (let column = 0; column < width; column++) {
    const cell = cells[column] ?? '';
    cells[column] = context.source.cellsAreCsv ? csvCell(context, record.row, column, cell) : cell;
  }
  return cells;
}

/** Undoes our own formula guard; a live formula is kept as text, with a warning. */
function csvCell(context: TableContext, row: number, column: number, cell: string): string {
  // Both cases start with one of a few characters: most cells are neither.
  const first = cell.charCodeAt(0);
  if (!(
    first === 39 ||
    first === 61 ||
    first === 43 ||
    first === 45 ||
    first === 64 ||
    first === 9 ||
    first === 13
  )) {
    return cell;
  }
  if (looksLikeFormula(cell)) {
    context.report(
      cellProblem('warning', 'formulaCell', placeOf(context, row, column), {
        value: cell.slice(0, 80),
      }),
    );
    return cell;
  }
  return restoreCell(cell);
}

/** Every column without a role, by header; empty cells are left out. */
export function collectAttributes(
  headers: readonly string[],
  cells: readonly string[],
  mapped: ReadonlySet<number>,
): Attributes {
  const attributes: Attributes = {};
  cells.forEach((cell, column) => {
    if (mapped.has(column) || cell === '') return;
    attributes[headerName(headers, column).slice(0, 200)] = attributeValue(cell);
  });
  return attributes;
}

/** Splits a table's records into its header and an iterator over the rest. */
export async function readHeader(
  records: TableRecords,
): Promise<{ header: TableRecord | null; rest: AsyncIterator<TableRecord> }> {
  const iterator = toAsyncIterator(records);
  const first = await iterator.next();
  return { header: first.done === true ? null : first.value, rest: iterator };
}

function toAsyncIterator(records: TableRecords): AsyncIterator<TableRecord> {
  if (Symbol.asyncIterator in records) return records[Symbol.asyncIterator]();
  const iterator = records[Symbol.iterator]();
  return { next: () => Promise.resolve(iterator.next()) };
}
