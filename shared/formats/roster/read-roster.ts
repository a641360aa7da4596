import { isIsoDate } from '../../domain/dates.ts';
import { readNumber } from '../csv/cell-values.ts';
import { cellProblem, fileProblem } from '../csv/problems.ts';
import { recogniseSector } from '../csv/sector-names.ts';
import type { TableRecord } from '../csv/table-rows.ts';
import { collectAttributes, headerName } from '../csv/table-rows.ts';
import type {
  ImportProblem,
  ParsedActor,
  ParsedNetwork,
  ParsedTie,
  SourcePlace,
} from '../parsed-network.ts';
import { emptyNetwork } from '../parsed-network.ts';
import { findNumberedColumns, findRosterColumn, isChoiceColumn } from './roster-columns.ts';

export interface RosterTable {
  sheet?: string;
  records: readonly TableRecord[];
}

export interface RosterOptions {
  file: string;
  /** The survey round's date (ISO day): every tie's spell starts on it. */
  waveDate: string;
}

/** One partner named by one respondent. */
interface Nomination {
  partner: string;
  type: string;
  frequency: string;
  place: SourcePlace;
}

/**
 * Reads a roster survey ("which organisations do you work with?"), as exported by
 * KoboToolbox, ODK or typed in Excel: one row per respondent organisation, the partners
 * in a multi-select column (KoboToolbox exports select_multiple answers as the choice
 * names separated by spaces, https://support.kobotoolbox.org/export_download.html; a
 * typed sheet may separate them by commas or semicolons), in numbered columns (partner_1,
 * socio_2 …, with optional tipo_N / frecuencia_N), or in a repeat group exported as its own
 * sheet whose `_parent_index` points at the respondent row's `_index`
 * (https://support.kobotoolbox.org/group_repeat.html). Each nomination is a directed tie
 * respondent → partner, evidence "survey", dated [wave date, open): waves build the time
 * dimension. Endpoints are names (`endsBy: 'name'`), matched to the project by the import job.
 */
export function readRoster(
  main: RosterTable,
  repeat: RosterTable | null,
  options: RosterOptions,
): ParsedNetwork {
  const network = emptyNetwork('roster');
  network.directed = true;
  const report = (problem: ImportProblem): void => {
    network.problems.push(problem);
  };
  if (!isIsoDate(options.waveDate)) {
    report(fileProblem('error', 'missingWaveDate', options.file));
    return network;
  }
  const [header, ...rows] = main.records;
  if (header === undefined) {
    report(fileProblem('error', 'emptyFile', options.file));
    return network;
  }
  const headers = header.cells.map((cell) => cell.trim());
  const respondentColumn = findRosterColumn(headers, 'respondent');
  if (respondentColumn === undefined) {
    report(fileProblem('error', 'missingColumn', options.file, { role: 'organizacion' }));
    return network;
  }
  const place = (
    table: RosterTable,
    row: number,
    column?: number,
    names: readonly string[] = headers,
  ): SourcePlace => ({
    file: options.file,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    row,
    ...(column === undefined ? {} : { column: headerName(names, column) }),
  });
  const nominations = new Map<string, Nomination[]>();
  const respondentByIndex = new Map<string, string>();
  const actors = new Map<string, ParsedActor>();
  const sectorColumn = findRosterColumn(headers, 'sector');
  const regionColumn = findRosterColumn(headers, 'region');
  const indexColumn = findRosterColumn(headers, 'index');
  const partnersColumn = findRosterColumn(headers, 'partners');
  const numbered = findNumberedColumns(headers);
  const notAttributes = columnsNotKept(headers, [
    respondentColumn,
    sectorColumn,
    regionColumn,
    indexColumn,
    partnersColumn,
    ...[...numbered.values()].flatMap((entry) => [entry.partner, entry.type, entry.frequency]),
  ]);
  for (const record of rows) {
    const respondent = (record.cells[respondentColumn] ?? '').trim();
    if (respondent === '') {
      report(cellProblem('error', 'missingValue', place(main, record.row, respondentColumn)));
      continue;
    }
    const cell = (column: number | undefined): string =>
      column === undefined ? '' : (record.cells[column] ?? '').trim();
    actors.set(respondent, {
      id: respondent,
      name: respondent,
      sector: recogniseSector(cell(sectorColumn)),
      kind: 'organisation',
      region: cell(regionColumn) || null,
      attributes: collectAttributes(headers, record.cells, notAttributes),
      origin: place(main, record.row),
    });
    if (indexColumn !== undefined) respondentByIndex.set(cell(indexColumn), respondent);
    const list = nominations.get(respondent) ?? [];
    nominations.set(respondent, list);
    for (const partner of splitChoices(cell(partnersColumn))) {
      list.push({
        partner,
        type: '',
        frequency: '',
        place: place(main, record.row, partnersColumn),
      });
    }
    for (const entry of [...numbered.keys()]
      .sort((a, b) => a - b)
      .map((key) => numbered.get(key)!)) {
      const partner = cell(entry.partner);
      if (partner === '') continue;
      list.push({
        partner,
        type: cell(entry.type),
        frequency: cell(entry.frequency),
        place: place(main, record.row, entry.partner),
      });
    }
  }
  if (repeat !== null) readRepeatSheet(repeat, respondentByIndex, nominations, place, report);
  network.ties = nominationTies(nominations, options.waveDate, report);
  for (const tie of network.ties) {
    if (!actors.has(tie.target)) {
      actors.set(tie.target, {
        id: tie.target,
        name: tie.target,
        sector: null,
        kind: null,
        region: null,
        attributes: {},
        origin: tie.origin,
      });
    }
  }
  network.actors = [...actors.values()];
  return network;
}

/**
 * XLSForm metadata questions (https://xlsform.org/en/#metadata): when and on which device
 * the form was filled in, not facts about the respondent.
 */
const FORM_METADATA = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'username',
  'email',
  'simserial',
  'subscriberid',
  'phonenumber',
  'audit',
  'instanceid',
]);

/**
 * The columns not kept as the respondent's attributes: the roster's own columns,
 * Kobo's one-0/1-column-per-choice expansion, its system columns (_id, _uuid,
 * _submission_time …) and the form's metadata. Every other column (the respondent's city,
 * size, year founded …) becomes an attribute of the respondent, so nothing asked is lost.
 */
function columnsNotKept(
  headers: readonly string[],
  rosterColumns: readonly (number | undefined)[],
): Set<number> {
  const skipped = new Set<number>(rosterColumns.filter((column) => column !== undefined));
  headers.forEach((header, column) => {
    const name = header.split('/').at(-1)!.trim().toLowerCase();
    if (
      header === '' ||
      name.startsWith('_') ||
      FORM_METADATA.has(name) ||
      isChoiceColumn(header, headers)
    ) {
      skipped.add(column);
    }
  });
  return skipped;
}

function readRepeatSheet(
  repeat: RosterTable,
  respondentByIndex: ReadonlyMap<string, string>,
  nominations: Map<string, Nomination[]>,
  place: (
    table: RosterTable,
    row: number,
    column?: number,
    names?: readonly string[],
  ) => SourcePlace,
  report: (problem: ImportProblem) => void,
): void {
  const [header, ...rows] = repeat.records;
  if (header === undefined) return;
  const headers = header.cells.map((cell) => cell.trim());
  const parentColumn = findRosterColumn(headers, 'parentIndex');
  const partnerColumn =
    findRosterColumn(headers, 'partners') ?? findRosterColumn(headers, 'respondent');
  if (parentColumn === undefined || partnerColumn === undefined) {
    const role = parentColumn === undefined ? '_parent_index' : 'socio';
    report(
      cellProblem('error', 'missingColumn', place(repeat, header.row, undefined, headers), {
        role,
      }),
    );
    return;
  }
  const typeColumn = findRosterColumn(headers, 'type');
  const frequencyColumn = findRosterColumn(headers, 'frequency');
  for (const record of rows) {
    const cell = (column: number | undefined): string =>
      column === undefined ? '' : (record.cells[column] ?? '').trim();
    const respondent = respondentByIndex.get(cell(parentColumn));
    if (respondent === undefined) {
      report(
        cellProblem('error', 'unknownActor', place(repeat, record.row, parentColumn, headers), {
          value: cell(parentColumn),
        }),
      );
      continue;
    }
    const partner = cell(partnerColumn);
    if (partner === '') continue;
    nominations.get(respondent)!.push({
      partner,
      type: cell(typeColumn),
      frequency: cell(frequencyColumn),
      place: place(repeat, record.row, partnerColumn, headers),
    });
  }
}

function nominationTies(
  nominations: ReadonlyMap<string, Nomination[]>,
  waveDate: string,
  report: (problem: ImportProblem) => void,
): ParsedTie[] {
  const ties: ParsedTie[] = [];
  for (const [respondent, list] of nominations) {
    for (const nomination of joinNominations(list)) {
      if (nomination.partner === respondent) {
        report(cellProblem('warning', 'selfLoop', nomination.place, { value: respondent }));
      }
      const frequency = nomination.frequency === '' ? 1 : readNumber(nomination.frequency);
      ties.push({
        id: null,
        source: respondent,
        target: nomination.partner,
        endsBy: 'name',
        type: nomination.type || null,
        directed: true,
        weight: frequency ?? 1,
        status: 'existing',
        spells: [{ start: waveDate, end: null }],
        evidence: 'survey',
        note: '',
        relation: null,
        attributes: frequency === null ? { frequency: nomination.frequency } : {},
        origin: nomination.place,
      });
    }
  }
  return ties;
}

/**
 * One nomination per partner: the same partner named twice (in the multi-select question
 * and again in the repeat group that asks about each partner) keeps the type and frequency
 * whichever mention gives them.
 */
function joinNominations(list: readonly Nomination[]): Nomination[] {
  const byPartner = new Map<string, Nomination>();
  for (const nomination of list) {
    const earlier = byPartner.get(nomination.partner);
    if (earlier === undefined) {
      byPartner.set(nomination.partner, { ...nomination });
      continue;
    }
    earlier.type ||= nomination.type;
    earlier.frequency ||= nomination.frequency;
  }
  return [...byPartner.values()];
}

/** Kobo's space-separated choice names, or a typed list separated by commas or semicolons. */
export function splitChoices(text: string): string[] {
  if (text.trim() === '') return [];
  const separator = /[,;\n]/.test(text) ? /\s*[,;\n]\s*/ : /\s+/;
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
