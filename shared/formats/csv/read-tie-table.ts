import type { ImportProblem, ParsedTie } from '../parsed-network.ts';
import { readDirectionWord } from './cell-values.ts';
import type { ColumnMapping, TieRole } from './column-roles.ts';
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

export interface TieTableOptions {
  mapping?: ColumnMapping<TieRole>;
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
  if (headers.length === 1) {
    options.report(fileProblem('error', 'singleColumn', source.file, { header: headers[0]! }));
    return [];
  }
  const mapping = options.mapping ?? recogniseTieColumns(headers);
  const context: TableContext = { source, headers, headerRow: header.row, report: options.report };
  for (const role of ['source', 'target'] as const) {
    if (mapping[role] === undefined) {
      options.report(
        cellProblem('error', 'missingColumn', placeOf(context, header.row, undefined), { role }),
      );
      return [];
    }
  }
  const mapped = new Set(Object.values(mapping));
  const ties: ParsedTie[] = [];
  let dataRows = 0;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) {
    dataRows++;
    const record = next.value;
    const cells = prepareCells(context, record);
    if (cells === null) continue;
    const tie = readTieRow(context, mapping, mapped, cells, record.row);
    if (tie !== null) ties.push(tie);
  }
  if (dataRows === 0) options.report(fileProblem('warning', 'headerOnly', source.file));
  return ties;
}

function readTieRow(
  context: TableContext,
  mapping: ColumnMapping<TieRole>,
  mapped: ReadonlySet<number>,
  cells: string[],
  row: number,
): ParsedTie | null {
  const cell = (role: TieRole): string => {
    const column = mapping[role];
    return column === undefined ? '' : cells[column]!.trim();
  };
  const failures = { count: 0 };
  const take = <T>(outcome: CellOutcome<T>, role: TieRole): T => {
    const place = placeOf(context, row, mapping[role]);
    if (outcome.ok) {
      if (outcome.warning !== undefined) {
        context.report(
          cellProblem('warning', outcome.warning.code, place, { value: outcome.warning.value }),
        );
      }
      return outcome.value;
    }
    if (outcome.severity === 'error') failures.count++;
    context.report(cellProblem(outcome.severity, outcome.code, place, { value: cell(role) }));
    return outcome.fallback;
  };
  const source = cell('source');
  const target = cell('target');
  for (const role of ['source', 'target'] as const) {
    if (cell(role) === '') {
      context.report(cellProblem('error', 'missingValue', placeOf(context, row, mapping[role])));
      failures.count++;
    }
  }
  const typeText = cell('type');
  const directionInType = readDirectionWord(typeText);
  const directed = directionInType ?? take(readDirectedCell(cell('directed')), 'directed');
  const weight = take(readWeightCell(cell('weight')), 'weight');
  const status = take(readStatusCell(cell('status')), 'status');
  const evidence = take(readEvidenceCell(cell('evidence')), 'evidence');
  const range = readStartEndCells(cell('start'), cell('end'));
  const rangeSpells = take(range, range.column ?? 'start');
  const intervalSpells = take(readIntervalsCell(cell('intervals')), 'intervals');
  if (failures.count > 0) return null;
  return {
    id: cell('id') || null,
    source,
    target,
    endsBy: 'name',
    type: directionInType === null && typeText !== '' ? typeText : null,
    directed,
    weight,
    status,
    spells: [...rangeSpells, ...intervalSpells],
    evidence,
    note: cell('note'),
    relation: null,
    attributes: collectAttributes(context.headers, cells, mapped),
    origin: placeOf(context, row, undefined),
  };
}
