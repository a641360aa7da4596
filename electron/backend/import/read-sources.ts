import { extname } from 'node:path';
import { TejidoError } from '../../../shared/api/errors.ts';
import { recogniseTieColumns } from '../../../shared/formats/csv/column-roles.ts';
import { readCsvRecords, type CsvRecord } from '../../../shared/formats/csv/read-csv-records.ts';
import { readNetworkCsv } from '../../../shared/formats/csv/read-network-csv.ts';
import { readDl } from '../../../shared/formats/dl/read-dl.ts';
import { projectCoAttendance } from '../../../shared/formats/events/co-attendance.ts';
import {
  readAttendanceList,
  readAttendanceMatrix,
  readEventTable,
} from '../../../shared/formats/events/read-events.ts';
import { readGexf } from '../../../shared/formats/gexf/read-gexf.ts';
import { readGraphml } from '../../../shared/formats/graphml/read-graphml.ts';
import { readPajek } from '../../../shared/formats/pajek/read-pajek.ts';
import {
  emptyNetwork,
  type ImportProblem,
  type ParsedNetwork,
} from '../../../shared/formats/parsed-network.ts';
import { readRoster } from '../../../shared/formats/roster/read-roster.ts';
import { readRosterWorkbook } from '../../../shared/formats/roster/read-roster-workbook.ts';
import { decodeText } from '../../../shared/formats/text/decode-text.ts';
import { readWorkbook } from '../../../shared/formats/xlsx/read-workbook.ts';
import type { z } from 'zod';
import type { ImportFormat, TableMapping } from '../../../shared/api/imports.ts';
import { fileProblem } from '../../../shared/formats/csv/problems.ts';
import { sourceFiles, type ImportSource, type SourceFiles } from './source-files.ts';

export type { ImportSource } from './source-files.ts';

/** One table's mapping, as ImportRequest parses it. */
export type ChosenTable = z.output<typeof TableMapping>;

export interface ReadSourcesOptions {
  format: ImportFormat;
  /** Column roles the user chose; only CSV files and workbook sheets have them. */
  mapping?: readonly ChosenTable[] | null;
  /** Survey wave date; required for roster surveys. */
  wave: string | null;
  /** Two-mode event data: also add actor–actor ties weighted by shared events. */
  coAttendanceTies: boolean;
}

const GRAPH_READERS = {
  gexf: readGexf,
  graphml: readGraphml,
  dl: readDl,
  net: readPajek,
} as const;

/** The format a file name suggests; content decides the rest (a zip in a .csv is an .xlsx). */
export function formatOfName(
  name: string,
): Exclude<ImportFormat, 'auto' | 'roster' | 'events'> | null {
  const extension = extname(name).toLowerCase();
  if (extension === '.gexf') return 'gexf';
  if (extension === '.graphml') return 'graphml';
  if (extension === '.dl') return 'dl';
  if (extension === '.net' || extension === '.paj') return 'net';
  if (extension === '.xlsx' || extension === '.xlsm') return 'xlsx';
  if (['.csv', '.tsv', '.txt'].includes(extension)) return 'csv';
  return null;
}

/**
 * Reads the files of one import into one ParsedNetwork. CSV files are streamed from disk
 * in chunks; graph files and workbooks are read whole (their parsers need the whole text).
 */
export async function readSources(
  sources: readonly ImportSource[],
  options: ReadSourcesOptions,
  files: SourceFiles = sourceFiles(),
): Promise<ParsedNetwork> {
  if (sources.length === 0) throw new TejidoError('import.noFiles');
  const format = options.format === 'auto' ? formatOfName(sources[0]!.name) : options.format;
  if (format === null) throw new TejidoError('import.unknownFormat', { file: sources[0]!.name });
  const mapping = options.mapping ?? [];
  if (format === 'csv') return readCsvSources(sources, files, mapping);
  if (format === 'xlsx') return readWorkbookSource(sources[0]!, files, mapping);
  if (format === 'roster') return readRosterSource(sources[0]!, requireWave(options.wave), files);
  if (format === 'events') return readEventSources(sources, options.coAttendanceTies, files);
  const source = sources[0]!;
  const decoded = decodeText(files.bytes(source));
  return GRAPH_READERS[format](decoded.text, source.name);
}

function requireWave(wave: string | null): string {
  if (wave === null) throw new TejidoError('input.invalid', { field: 'wave' });
  return wave;
}

/**
 * One or two CSV files, each read as the user mapped it or else as recognised: the one
 * whose header names a source and a target holds the ties.
 */
async function readCsvSources(
  sources: readonly ImportSource[],
  files: SourceFiles,
  mapping: readonly ChosenTable[],
): Promise<ParsedNetwork> {
  const chosen = (source: ImportSource) =>
    mapping.find((table) => table.file === source.name && table.sheet === null);
  const input = (source: ImportSource) => {
    const roles = chosen(source)?.roles;
    return { file: source.name, chunks: files.chunks(source), ...(roles ? { roles } : {}) };
  };
  if (sources.length === 1) {
    const only = sources[0]!;
    const table = chosen(only)?.table ?? ((await isTieTable(only, files)) ? 'ties' : 'actors');
    return readNetworkCsv({ [table]: input(only) });
  }
  const [first, second] = sources as [ImportSource, ImportSource];
  const [firstChoice, secondChoice] = [chosen(first), chosen(second)];
  const firstIsTies = firstChoice
    ? firstChoice.table === 'ties'
    : secondChoice
      ? secondChoice.table === 'actors'
      : await isTieTable(first, files);
  const [ties, actors] = firstIsTies ? [first, second] : [second, first];
  const network = await readNetworkCsv({ actors: input(actors), ties: input(ties) });
  if (firstChoice && secondChoice && firstChoice.table === secondChoice.table) {
    network.problems.unshift(sameTableTwice(firstChoice.table, first.name, second.name));
  }
  return network;
}

/** A pair of files (or sheets) must be one actors table and one ties table. */
function sameTableTwice(table: string, file: string, other: string): ImportProblem {
  return fileProblem('error', 'mappingSameTable', file, { table, other });
}

/**
 * A workbook: sheets the user mapped are read as mapped (the actors sheet, the ties sheet);
 * the others as Kumu's names or the headers suggest.
 */
async function readWorkbookSource(
  source: ImportSource,
  files: SourceFiles,
  mapping: readonly ChosenTable[],
): Promise<ParsedNetwork> {
  const sheets = mapping.filter((table) => table.file === source.name && table.sheet !== null);
  const pick = (kind: 'actors' | 'ties') => sheets.find((table) => table.table === kind);
  const [actors, ties] = [pick('actors'), pick('ties')];
  const network = await readWorkbook(files.bytes(source), {
    file: source.name,
    ...(actors ? { actorsSheet: actors.sheet! } : {}),
    ...(actors?.roles ? { actorsRoles: actors.roles } : {}),
    ...(ties ? { tiesSheet: ties.sheet! } : {}),
    ...(ties?.roles ? { tiesRoles: ties.roles } : {}),
  });
  const repeated = sheets.find((table) => table !== actors && table !== ties);
  if (repeated) {
    network.problems.unshift(sameTableTwice(repeated.table, source.name, repeated.sheet ?? ''));
  }
  return network;
}

async function isTieTable(source: ImportSource, files: SourceFiles): Promise<boolean> {
  const records = readCsvRecords(files.chunks(source), {
    file: source.name,
    report: () => undefined,
  });
  for await (const record of records) {
    const roles = recogniseTieColumns(record.cells);
    return roles.source !== undefined && roles.target !== undefined;
  }
  return false;
}

async function readAll(
  source: ImportSource,
  files: SourceFiles,
  report: (problem: ImportProblem) => void,
): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  const chunks = files.chunks(source);
  for await (const record of readCsvRecords(chunks, { file: source.name, report })) {
    records.push(record);
  }
  return records;
}

async function readRosterSource(
  source: ImportSource,
  waveDate: string,
  files: SourceFiles,
): Promise<ParsedNetwork> {
  if (formatOfName(source.name) === 'xlsx') {
    return readRosterWorkbook(files.bytes(source), { file: source.name, waveDate });
  }
  const problems: ImportProblem[] = [];
  const records = await readAll(source, files, (problem) => problems.push(problem));
  const network = readRoster({ records }, null, { file: source.name, waveDate });
  network.problems.unshift(...problems);
  return network;
}

/**
 * Two-mode data: an events file and an attendance file (a list of event–actor rows, or a
 * matrix with actors in rows and events in columns). Which is which: the events file has
 * a start date column.
 */
async function readEventSources(
  sources: readonly ImportSource[],
  coAttendanceTies: boolean,
  files: SourceFiles,
): Promise<ParsedNetwork> {
  const network = emptyNetwork('events');
  const report = (problem: ImportProblem) => network.problems.push(problem);
  const tables = await Promise.all(
    sources.map(async (source) => ({ source, records: await readAll(source, files, report) })),
  );
  const eventsTable = tables.find((table) => hasStartColumn(table.records[0]?.cells ?? []));
  const attendanceTable = tables.find((table) => table !== eventsTable);
  if (eventsTable) {
    network.events = readEventTable(
      eventsTable.records,
      { file: eventsTable.source.name, cellsAreCsv: true },
      report,
    );
  }
  if (attendanceTable) {
    const tableSource = { file: attendanceTable.source.name, cellsAreCsv: true };
    const known = eventsTable ? network.events : null;
    network.participation = looksLikeAttendanceList(attendanceTable.records[0]?.cells ?? [])
      ? readAttendanceList(attendanceTable.records, tableSource, known, report)
      : readAttendanceMatrix(attendanceTable.records, tableSource, known, report);
  }
  if (coAttendanceTies) {
    network.ties = projectCoAttendance(network.participation, network.events).map((tie) => ({
      ...tie,
      endsBy: 'name',
    }));
  }
  return network;
}

function hasStartColumn(headers: readonly string[]): boolean {
  return headers.some((header) => /^(start|inicio|fecha|date)$/i.test(header.trim()));
}

function looksLikeAttendanceList(headers: readonly string[]): boolean {
  return headers.length <= 3 && headers.some((header) => /event|evento/i.test(header));
}
