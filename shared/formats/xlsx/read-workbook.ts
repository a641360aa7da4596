import readExcelSheets from 'read-excel-file/universal';
import { recogniseActorColumns, recogniseTieColumns } from '../csv/column-roles.ts';
import type { ActorRole, ColumnMapping, TieRole } from '../csv/column-roles.ts';
import type { ColumnRole, TableLayout } from '../csv/column-mapping.ts';
import { fileProblem, cellProblem } from '../csv/problems.ts';
import { readActorTable } from '../csv/read-actor-table.ts';
import { readTieTable } from '../csv/read-tie-table.ts';
import { commonDirection, foldRepeatedTies, resolveTieEnds } from '../csv/resolve-ties.ts';
import type { ImportProblem, ParsedActor, ParsedNetwork, ParsedTie } from '../parsed-network.ts';
import { emptyNetwork } from '../parsed-network.ts';
import { looksLikeMatrix, readAdjacencyMatrix } from './adjacency-matrix.ts';
import type { ReadWorkbookSheets, WorkbookSheet } from './workbook-cells.ts';
import { findSheet, sheetRecords } from './workbook-cells.ts';

export interface WorkbookOptions {
  file: string;
  /** Sheets the user picked in the wizard; otherwise Kumu's names or a guess from headers. */
  actorsSheet?: string;
  tiesSheet?: string;
  matrixSheet?: string;
  actorsMapping?: ColumnMapping<ActorRole>;
  tiesMapping?: ColumnMapping<TieRole>;
  /** Roles the user chose for the columns of the actors and ties sheets. */
  actorsRoles?: readonly ColumnRole[];
  tiesRoles?: readonly ColumnRole[];
  readSheets?: ReadWorkbookSheets;
}

/** The sheets of a workbook, or null when the bytes are not an .xlsx (the problem says so). */
export async function readWorkbookSheets(
  bytes: Uint8Array,
  file: string,
  report: (problem: ImportProblem) => void,
  readSheets: ReadWorkbookSheets = defaultReadSheets,
): Promise<WorkbookSheet[] | null> {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  try {
    return await readSheets(copy.buffer);
  } catch {
    report(fileProblem('error', 'notAWorkbook', file));
    return null;
  }
}

/**
 * read-excel-file declares date cells as `typeof Date` (the constructor) although it returns
 * Date instances; the cast states what it really returns.
 */
const defaultReadSheets: ReadWorkbookSheets = async (input) =>
  (await readExcelSheets(input)).map((sheet) => ({
    sheet: sheet.sheet,
    data: sheet.data.map((row) =>
      row.map((cell) => cell as Date | string | number | boolean | null),
    ),
  }));

/**
 * Reads an .xlsx workbook into one network. Kumu-style workbooks (sheets `Elements` and
 * `Connections`, https://docs.kumu.io/guides/import) are recognised by sheet name and read
 * with Kumu's columns (Label, Type, Description, Tags, From, To, Direction …); a sheet the
 * user names is read as actors, ties or a labelled adjacency matrix; without names, a
 * workbook whose only sheet is a square labelled matrix is read as one (Gephi's matrix
 * importer layout), otherwise sheets are picked by their headers.
 */
export async function readWorkbook(
  bytes: Uint8Array,
  options: WorkbookOptions,
): Promise<ParsedNetwork> {
  const network = emptyNetwork('xlsx');
  const report = (problem: ImportProblem): void => {
    network.problems.push(problem);
  };
  const sheets = await readWorkbookSheets(bytes, options.file, report, options.readSheets);
  if (sheets === null) return network;
  const pick = (name: string | undefined): WorkbookSheet | null | undefined => {
    if (name === undefined) return undefined;
    const sheet = findSheet(sheets, name);
    if (sheet === undefined) {
      report(
        cellProblem(
          'error',
          'sheetNotFound',
          { file: options.file, sheet: name },
          {
            sheets: sheets.map((found) => found.sheet).join(', '),
          },
        ),
      );
      return null;
    }
    return sheet;
  };
  const matrix =
    pick(options.matrixSheet) ??
    (sheets.length === 1 && looksLikeMatrix(sheets[0]!) ? sheets[0] : undefined);
  if (matrix === null) return network;
  if (matrix !== undefined) {
    const read = readAdjacencyMatrix(matrix, options.file, report);
    if (read === null) return network;
    network.actors = read.actors;
    network.ties = foldRepeatedTies(read.ties, report);
    network.directed = read.directed;
    return network;
  }
  const kumu =
    findSheet(sheets, 'Elements') !== undefined && findSheet(sheets, 'Connections') !== undefined;
  if (kumu) network.format = 'kumu';
  const actorsSheet =
    pick(options.actorsSheet) ??
    (kumu ? findSheet(sheets, 'Elements') : guessSheet(sheets, 'actors'));
  const tiesSheet =
    pick(options.tiesSheet) ??
    (kumu ? findSheet(sheets, 'Connections') : guessSheet(sheets, 'ties'));
  if (actorsSheet === null || tiesSheet === null) return network;
  const tables: TableLayout[] = [];
  network.tables = tables;
  const listeners = { report, describe: (layout: TableLayout) => tables.push(layout) };
  const actors = actorsSheet ? await readActors(actorsSheet, options, listeners) : null;
  const ties = tiesSheet ? await readTies(tiesSheet, options, listeners) : [];
  const joined = resolveTieEnds(actors, ties, report);
  network.actors = joined.actors;
  network.ties = foldRepeatedTies(joined.ties, report);
  network.directed = commonDirection(network.ties);
  return network;
}

interface Listeners {
  report: (problem: ImportProblem) => void;
  describe: (layout: TableLayout) => void;
}

function readActors(
  sheet: WorkbookSheet,
  options: WorkbookOptions,
  listeners: Listeners,
): Promise<ParsedActor[]> {
  return readActorTable(
    sheetRecords(sheet),
    { file: options.file, sheet: sheet.sheet, cellsAreCsv: false },
    {
      ...listeners,
      ...(options.actorsMapping ? { mapping: options.actorsMapping } : {}),
      ...(options.actorsRoles ? { roles: options.actorsRoles } : {}),
    },
  );
}

function readTies(
  sheet: WorkbookSheet,
  options: WorkbookOptions,
  listeners: Listeners,
): Promise<ParsedTie[]> {
  return readTieTable(
    sheetRecords(sheet),
    { file: options.file, sheet: sheet.sheet, cellsAreCsv: false },
    {
      ...listeners,
      ...(options.tiesMapping ? { mapping: options.tiesMapping } : {}),
      ...(options.tiesRoles ? { roles: options.tiesRoles } : {}),
    },
  );
}

/** The first sheet whose header row has a source and a target (ties) or an id or name (actors). */
function guessSheet(
  sheets: readonly WorkbookSheet[],
  table: 'actors' | 'ties',
): WorkbookSheet | undefined {
  const isTies = (sheet: WorkbookSheet): boolean => {
    const mapping = recogniseTieColumns(headerOf(sheet));
    return mapping.source !== undefined && mapping.target !== undefined;
  };
  if (table === 'ties') return sheets.find(isTies);
  return sheets.find((sheet) => {
    if (isTies(sheet)) return false;
    const mapping = recogniseActorColumns(headerOf(sheet));
    return mapping.id !== undefined || mapping.name !== undefined;
  });
}

function headerOf(sheet: WorkbookSheet): string[] {
  return sheetRecords(sheet)[0]?.cells ?? [];
}
