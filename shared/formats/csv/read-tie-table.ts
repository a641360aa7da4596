import type { Attributes } from '../../domain/text.ts';
import type { ImportProblem, ParsedTie } from '../parsed-network.ts';
import type { CellSpell } from './gephi-intervals.ts';
import { readDirectionWord } from './cell-values.ts';
import type { ColumnMapping, TieRole } from './column-roles.ts';
import { resolveTableMapping, type TableMappingOptions } from './column-mapping.ts';
import { recogniseTieColumns } from './column-roles.ts';
import { cellProblem, fileProblem } from './problems.ts';
import type { CellOutcome } from './tie-cells.ts';
import {
  readDirectedCell,
  readEvidenceCell,
  readIntervalsCell,
  readStartEndCells,
  readStatusCell,
  readWeightCell,
} from './tie-cells.ts';
import type { TableContext, TableRecords, TableSource } from './table-rows.ts';
import { collectAttributes, placeOf, prepareCells, readHeader } from './table-rows.ts';

export interface TieTableOptions extends TableMappingOptions<TieRole> {
  report: (problem: ImportProblem) => void;
}

/**
 * Reads a ties table (an edges file, a Kumu Connections sheet), one tie per row, or one
 * spell per row when rows repeat a tie's id (the layout `writeTiesCsv` writes). Endpoints
 * are kept as written, `endsBy: 'name'`; `resolveTieEnds` later matches them against an
 * actors table. A Gephi `Type` column holds Directed/Undirected: such values set the
 * tie's direction, any other value is the relation type. Cells that cannot be read reject
 * their row with an error naming row and column; doubtful ones are kept with a warning.
 */
export async function readTieTable(
  records: TableRecords,
  source: TableSource,
  options: TieTableOptions,
): Promise<ParsedTie[]> {
  const { header, rest } = await readHeader(records);
  if (header === null) {
    options.report(fileProblem('error', 'emptyFile', source.file));
    return [];
  }
  const headers = header.cells.map((cell) => cell.trim());
  const resolved = resolveTableMapping(
    'ties',
    headers,
    recogniseTieColumns(headers),
    options,
    source,
  );
  if (headers.length === 1) {
    options.report(fileProblem('error', 'singleColumn', source.file, { header: headers[0]! }));
    return [];
  }
  if (Array.isArray(resolved)) {
    for (const problem of resolved) options.report(problem);
    return [];
  }
  const { mapping, skipped: mapped } = resolved;
  const context: TableContext = { source, headers, headerRow: header.row, report: options.report };
  const missingEnds = (['source', 'target'] as const).filter((end) => mapping[end] === undefined);
  if (missingEnds.length > 0) {
    options.report(missingEndsProblem(source, missingEnds));
    return [];
  }
  const ties: ParsedTie[] = [];
  const memo = rowMemo(mapped.size === headers.length && headers.every((_, at) => mapped.has(at)));
  let dataRows = 0;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) {
    dataRows++;
    const record = next.value;
    const cells = prepareCells(context, record);
    if (cells === null) continue;
    const tie = readTieRow(context, mapping, mapped, cells, record.row, memo);
    if (tie !== null) ties.push(tie);
  }
  if (dataRows === 0) options.report(fileProblem('warning', 'headerOnly', source.file));
  return ties;
}

/**
 * A ties table without a column for an end cannot give a single tie: one error about the
 * whole file (or sheet), not about its header row, saying which end to map.
 */
function missingEndsProblem(
  source: TableSource,
  ends: readonly ('source' | 'target')[],
): ImportProblem {
  const code =
    ends.length === 2 ? 'noEndColumns' : ends[0] === 'source' ? 'noSourceColumn' : 'noTargetColumn';
  const place =
    source.sheet === undefined ? { file: source.file } : { file: source.file, sheet: source.sheet };
  return cellProblem('error', code, place, { role: ends.join(', ') });
}

/** The trimmed cell of a role's column, '' when the role has no column. */
function roleCell(
  cells: readonly string[],
  mapping: ColumnMapping<TieRole>,
  role: TieRole,
): string {
  const column = mapping[role];
  return column === undefined ? '' : cells[column]!.trim();
}

/**
 * The trimmed cell of a column, '' when the role has none. The row reader names each role's
 * column as a property (`mapping.weight`): `roleCell`'s `mapping[role]`, one lookup site for
 * a dozen roles per row, went through V8's megamorphic lookup (1.5 % of the instructions
 * of a 100,000-tie import under cachegrind).
 */
function cellAt(cells: readonly string[], column: number | undefined): string {
  return column === undefined ? '' : cells[column]!.trim();
}

/** The row's problems so far: an error rejects the row, a warning keeps it. */
interface RowState {
  context: TableContext;
  mapping: ColumnMapping<TieRole>;
  cells: readonly string[];
  row: number;
  errors: number;
}

function take<T>(state: RowState, outcome: CellOutcome<T>, role: TieRole): T {
  if (outcome.ok && outcome.warning === undefined) return outcome.value;
  const place = placeOf(state.context, state.row, state.mapping[role]);
  if (outcome.ok) {
    const { code, value } = outcome.warning!;
    state.context.report(cellProblem('warning', code, place, { value }));
    return outcome.value;
  }
  if (outcome.severity === 'error') state.errors++;
  state.context.report(
    cellProblem(outcome.severity, outcome.code, place, {
      value: roleCell(state.cells, state.mapping, role),
    }),
  );
  return outcome.fallback;
}

/**
 * Values many rows share, kept once per table: a million ties of one type and a few dates
 * would otherwise hold a million copies of the same text and of the same spell. The shared
 * values are never changed in place (spells are replaced when ties are joined, and copied
 * when planned); the empty attributes are frozen so that a change would fail loudly.
 */
function rowMemo(everyColumnMapped: boolean) {
  const texts = new Map<string, string>();
  const spells = new Map<string, CellSpell[]>();
  const noAttributes: Attributes = Object.freeze({}) as Attributes;
  // Type and weight cells repeat too: each distinct text is read once (pure readers).
  const directions = new Map<string, boolean | null>();
  const weights = new Map<string, CellOutcome<number>>();
  return {
    /** True when no column is left over for attributes: rows need not be scanned for them. */
    everyColumnMapped,
    noAttributes,
    direction(typeText: string): boolean | null {
      let direction = directions.get(typeText);
      if (direction === undefined) {
        direction = readDirectionWord(typeText);
        if (directions.size < MEMO_SIZE) directions.set(typeText, direction);
      }
      return direction;
    },
    weight(text: string): CellOutcome<number> {
      let outcome = weights.get(text);
      if (outcome === undefined) {
        outcome = readWeightCell(text);
        if (weights.size < MEMO_SIZE) weights.set(text, outcome);
      }
      return outcome;
    },
    text(value: string): string {
      const known = texts.get(value);
      if (known !== undefined) return known;
      if (texts.size < MEMO_SIZE) texts.set(value, value);
      return value;
    },
    spells(value: CellSpell[]): CellSpell[] {
      if (value.length !== 1) return value;
      const key = `${value[0]!.start ?? ''}|${value[0]!.end ?? ''}`;
      const known = spells.get(key);
      if (known !== undefined) return known;
      if (spells.size < MEMO_SIZE) spells.set(key, value);
      return value;
    },
    attributes(value: Attributes): Attributes {
      return Object.keys(value).length === 0 ? noAttributes : value;
    },
  };
}

const MEMO_SIZE = 10_000;

/** An empty intervals cell gives no spells; shared, never changed. */
const NO_SPELLS: readonly CellSpell[] = Object.freeze([]);

type RowMemo = ReturnType<typeof rowMemo>;

function missingEnd(state: RowState, role: 'source' | 'target'): void {
  const place = placeOf(state.context, state.row, state.mapping[role]);
  state.context.report(cellProblem('error', 'missingValue', place));
  state.errors++;
}

/* Plain functions, not closures made per row: a file may have a million rows. */
function readTieRow(
  context: TableContext,
  mapping: ColumnMapping<TieRole>,
  mapped: ReadonlySet<number>,
  cells: string[],
  row: number,
  memo: RowMemo,
): ParsedTie | null {
  const state: RowState = { context, mapping, cells, row, errors: 0 };
  const source = cellAt(cells, mapping.source);
  const target = cellAt(cells, mapping.target);
  if (source === '') missingEnd(state, 'source');
  if (target === '') missingEnd(state, 'target');
  const typeText = cellAt(cells, mapping.type);
  const directionInType = memo.direction(typeText);
  const directed =
    directionInType ?? take(state, readDirectedCell(cellAt(cells, mapping.directed)), 'directed');
  const weight = take(state, memo.weight(cellAt(cells, mapping.weight)), 'weight');
  const status = take(state, readStatusCell(cellAt(cells, mapping.status)), 'status');
  const evidence = take(state, readEvidenceCell(cellAt(cells, mapping.evidence)), 'evidence');
  const range = readStartEndCells(cellAt(cells, mapping.start), cellAt(cells, mapping.end));
  const rangeSpells = take(state, range, range.column ?? 'start');
  const intervalsText = cellAt(cells, mapping.intervals);
  const intervalSpells =
    intervalsText === '' ? NO_SPELLS : take(state, readIntervalsCell(intervalsText), 'intervals');
  if (state.errors > 0) return null;
  return {
    id: cellAt(cells, mapping.id) || null,
    source,
    target,
    endsBy: 'name',
    type: directionInType === null && typeText !== '' ? memo.text(typeText) : null,
    directed,
    weight,
    status,
    spells:
      intervalSpells.length === 0 ? memo.spells(rangeSpells) : [...rangeSpells, ...intervalSpells],
    evidence,
    note: cellAt(cells, mapping.note),
    relation: null,
    attributes: memo.everyColumnMapped
      ? memo.noAttributes
      : memo.attributes(collectAttributes(context.headers, cells, mapped)),
    origin: placeOf(context, row, undefined),
  };
}
