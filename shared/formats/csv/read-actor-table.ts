import type { ActorKind } from '../../domain/actor.ts';
import type { ParsedActor } from '../parsed-network.ts';
import type { ActorRole } from './column-roles.ts';
import { resolveTableMapping, type TableMappingOptions } from './column-mapping.ts';
import { normaliseHeader, recogniseActorColumns } from './column-roles.ts';
import { cellProblem, fileProblem } from './problems.ts';
import { recogniseSector } from './sector-names.ts';
import type { TableContext, TableRecords, TableSource } from './table-rows.ts';
import { collectAttributes, placeOf, prepareCells, readHeader } from './table-rows.ts';
import type { ImportProblem } from '../parsed-network.ts';

export interface ActorTableOptions extends TableMappingOptions<ActorRole> {
  report: (problem: ImportProblem) => void;
}

const PERSON_WORDS = new Set(['person', 'persona', 'individual', 'individuo', 'people']);
const ORGANISATION_WORDS = new Set([
  'organisation',
  'organization',
  'organizacion',
  'org',
  'institution',
  'institucion',
]);

/**
 * Reads an actors table (a nodes file, a Kumu Elements sheet): one actor per row, the id
 * as written ("12" stays "12"), the label as name, each side filling in for the other
 * when missing (Gephi nodes files may leave Label empty). Unmapped columns become
 * attributes. A repeated id rejects the later row.
 */
export async function readActorTable(
  records: TableRecords,
  source: TableSource,
  options: ActorTableOptions,
): Promise<ParsedActor[]> {
  const { header, rest } = await readHeader(records);
  if (header === null) {
    options.report(fileProblem('error', 'emptyFile', source.file));
    return [];
  }
  const headers = header.cells.map((cell) => cell.trim());
  const resolved = resolveTableMapping(
    'actors',
    headers,
    recogniseActorColumns(headers),
    options,
    source,
  );
  if (Array.isArray(resolved)) {
    for (const problem of resolved) options.report(problem);
    return [];
  }
  const { mapping, skipped: mapped } = resolved;
  const context: TableContext = { source, headers, headerRow: header.row, report: options.report };
  if (mapping.id === undefined && mapping.name === undefined) {
    if (headers.length === 1) {
      options.report(fileProblem('error', 'singleColumn', source.file, { header: headers[0]! }));
      return [];
    }
    options.report(
      cellProblem('error', 'missingColumn', placeOf(context, header.row, undefined), {
        role: 'name',
      }),
    );
    return [];
  }
  const actors: ParsedActor[] = [];
  const seen = new Set<string>();
  let dataRows = 0;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) {
    const record = next.value;
    dataRows++;
    const cells = prepareCells(context, record);
    if (cells === null) continue;
    const cell = (role: ActorRole): string => {
      const column = mapping[role];
      return column === undefined ? '' : cells[column]!.trim();
    };
    const id = cell('id') || cell('name');
    const name = cell('name') || cell('id');
    if (id === '') {
      options.report(
        cellProblem(
          'error',
          'missingValue',
          placeOf(context, record.row, mapping.id ?? mapping.name),
        ),
      );
      continue;
    }
    if (seen.has(id)) {
      options.report(
        cellProblem(
          'error',
          'duplicateActor',
          placeOf(context, record.row, mapping.id ?? mapping.name),
          { value: id },
        ),
      );
      continue;
    }
    seen.add(id);
    const attributes = collectAttributes(headers, cells, mapped);
    const kindText = cell('kind');
    const kind = readKind(kindText);
    if (kind === null && kindText !== '' && mapping.kind !== undefined) {
      attributes[headers[mapping.kind]!] = kindText;
    }
    const notes = cell('notes');
    actors.push({
      id,
      name,
      sector: recogniseSector(cell('sector')),
      kind,
      region: cell('region') || null,
      attributes,
      ...(notes === '' ? {} : { notes }),
      origin: placeOf(context, record.row, undefined),
    });
  }
  if (dataRows === 0) {
    options.report(fileProblem('warning', 'headerOnly', source.file));
  }
  return actors;
}

/** organisation/person in English or Spanish; any other element type (Kumu "Project") is null. */
export function readKind(text: string): ActorKind | null {
  const value = normaliseHeader(text);
  if (PERSON_WORDS.has(value)) return 'person';
  if (ORGANISATION_WORDS.has(value)) return 'organisation';
  return null;
}
