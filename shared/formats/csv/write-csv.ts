import type { Attributes } from '../../domain/text.ts';
import type { ParsedActor, ParsedTie } from '../parsed-network.ts';
import { neutraliseCell } from './neutralise.ts';

export interface CsvWriteOptions {
  /** `,` by default; `;` opens directly in Excel set to Spanish. */
  delimiter?: ',' | ';' | '\t';
  /**
   * Start with a UTF-8 byte-order mark (default true): without it Excel reads UTF-8 as
   * Windows-1252 and "Organización" becomes "OrganizaciÃ³n".
   */
  byteOrderMark?: boolean;
}

export type CsvCell = string | number | boolean | null;

const ACTOR_COLUMNS = ['id', 'name', 'sector', 'kind', 'region', 'notes'] as const;
const TIE_COLUMNS = [
  'id',
  'source',
  'target',
  'type',
  'directed',
  'weight',
  'status',
  'evidence',
  'start',
  'end',
  'note',
] as const;

/**
 * Actors, one per row: the fixed columns, then every attribute seen (in order of first
 * appearance). Text cells are neutralised against formula injection; `readNetworkCsv`
 * reads this file back to the same actors.
 */
export function* actorsCsvChunks(
  actors: readonly ParsedActor[],
  options: CsvWriteOptions = {},
): Generator<string> {
  const attributeNames = collectAttributeNames(actors);
  yield header(options, [...ACTOR_COLUMNS, ...attributeNames]);
  for (const actor of actors) {
    const fixed = [actor.id, actor.name, actor.sector, actor.kind, actor.region, actor.notes ?? ''];
    yield line(options, [...fixed, ...attributeCells(actor.attributes, attributeNames)]);
  }
}

/**
 * Ties, one row per spell (a tie without dates takes one row with empty start and end),
 * so that Excel users can filter and pivot by date. Rows of one tie repeat its id, and
 * the reader joins rows with the same id back into one tie; ties without an id are given
 * their position ("T1", "T2" …) so a tie with several spells still reads back as one.
 * Dates are written as stored: `end` is the first day the tie no longer holds.
 */
export function* tiesCsvChunks(
  ties: readonly ParsedTie[],
  options: CsvWriteOptions = {},
): Generator<string> {
  const attributeNames = collectAttributeNames(ties);
  yield header(options, [...TIE_COLUMNS, ...attributeNames]);
  for (const [index, tie] of ties.entries()) {
    const spells = tie.spells.length === 0 ? [{ start: null, end: null }] : tie.spells;
    for (const spell of spells) {
      const fixed: CsvCell[] = [
        tie.id ?? `T${index + 1}`,
        tie.source,
        tie.target,
        tie.type,
        tie.directed,
        tie.weight,
        tie.status,
        tie.evidence,
        spell.start,
        spell.end,
        tie.note,
      ];
      yield line(options, [...fixed, ...attributeCells(tie.attributes, attributeNames)]);
    }
  }
}

/** A measures table (or any generic table): given column titles, then the rows as given. */
export function* tableCsvChunks(
  columns: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  options: CsvWriteOptions = {},
): Generator<string> {
  yield header(options, columns);
  for (const row of rows) yield line(options, row);
}

/** The whole file as one string, for small tables; large exports should write the chunks. */
export function joinCsvChunks(chunks: Iterable<string>): string {
  return [...chunks].join('');
}

function header(options: CsvWriteOptions, columns: readonly string[]): string {
  const mark = options.byteOrderMark === false ? '' : '\uFEFF';
  return mark + line(options, columns);
}

/** CRLF line ends, as RFC 4180 and Excel write them. */
function line(options: CsvWriteOptions, cells: readonly CsvCell[]): string {
  const delimiter = options.delimiter ?? ',';
  return `${cells.map((cell) => formatCell(cell, delimiter)).join(delimiter)}\r\n`;
}

/** Numbers and booleans are written as they are; only text can carry a formula. */
export function formatCell(cell: CsvCell, delimiter: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = neutraliseCell(cell);
  const needsQuotes =
    text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

function collectAttributeNames(items: readonly { attributes: Attributes }[]): string[] {
  const names = new Set<string>();
  for (const item of items) for (const name of Object.keys(item.attributes)) names.add(name);
  return [...names];
}

function attributeCells(attributes: Attributes, names: readonly string[]): CsvCell[] {
  return names.map((name) => attributes[name] ?? null);
}
