import { z } from 'zod';
import { TableMapping } from '../../shared/api/imports.ts';
import {
  COLUMN_ROLES,
  rolesFor,
  type ColumnRole,
  type TableLayout,
} from '../../shared/formats/csv/column-mapping.ts';

/** One `--column [TABLE:]ROLE=HEADER` as written. */
interface ColumnOption {
  text: string;
  table: string | null;
  role: string;
  header: string;
}

/** A message key of the `cli.import` catalog and its parameters. */
export interface ColumnOptionError {
  key: string;
  params: Record<string, string>;
}

/**
 * Turns `--column` options into the mapping the wizard sends (ImportRequest `mapping`):
 * every table as it was recognised (`tables`, from a first preview), with each named
 * header given its role. A role moved to another column leaves its old column as an
 * attribute, as picking it in the wizard's list does. TABLE is `actors`, `ties`, a file
 * name or a sheet name; it may be left out when only one table can take the role. Whether
 * the roles then make sense for the table (both ends of a tie, a role twice, a role the
 * table has no place for) is said by the readers, in the wizard's words.
 */
export function mappingFromColumnOptions(
  options: readonly string[],
  tables: readonly TableLayout[],
): { mapping: z.output<typeof TableMapping>[] } | { error: ColumnOptionError } {
  if (tables.length === 0) return { error: { key: 'cli.import.noColumns', params: {} } };
  const roles = tables.map((table) => [...table.roles]);
  for (const text of options) {
    const option = parseOption(text);
    if (option === null)
      return { error: { key: 'cli.import.badColumn', params: { option: text } } };
    if (!isRole(option.role)) {
      const params = { option: text, role: option.role, roles: COLUMN_ROLES.join(', ') };
      return { error: { key: 'cli.import.unknownRole', params } };
    }
    const found = pickTable(option, option.role, tables);
    if (typeof found !== 'number') return { error: found };
    const table = tables[found]!;
    const column = findHeader(table.headers, option.header);
    if (column < 0) {
      const params = {
        option: text,
        header: option.header,
        file: tableName(table),
        headers: table.headers.map((header) => `"${header}"`).join(', '),
      };
      return { error: { key: 'cli.import.unknownHeader', params } };
    }
    const tableRoles = roles[found]!;
    if (option.role !== 'attribute' && option.role !== 'ignore') {
      tableRoles.forEach((role, index) => {
        if (role === option.role) tableRoles[index] = 'attribute';
      });
    }
    tableRoles[column] = option.role;
  }
  const mapping = tables.map((table, index) => ({
    file: table.file,
    sheet: table.sheet,
    table: table.table,
    roles: roles[index]!,
  }));
  return { mapping: z.array(TableMapping).parse(mapping) };
}

/** `ties:weight=Peso` → table "ties", role "weight", header "Peso"; the header may hold `=`. */
function parseOption(text: string): ColumnOption | null {
  const equals = text.indexOf('=');
  if (equals <= 0 || equals === text.length - 1) return null;
  const left = text.slice(0, equals);
  const colon = left.lastIndexOf(':');
  const table = colon >= 0 ? left.slice(0, colon).trim() : null;
  const role = left.slice(colon + 1).trim();
  if (table === '' || role === '') return null;
  return { text, table, role, header: text.slice(equals + 1) };
}

function isRole(role: string): role is ColumnRole {
  return (COLUMN_ROLES as readonly string[]).includes(role);
}

/** The table an option names, or the only one whose kind has a place for the role. */
function pickTable(
  option: ColumnOption,
  role: ColumnRole,
  tables: readonly TableLayout[],
): number | ColumnOptionError {
  const list = tables.map((table) => `${tableName(table)} (${table.table})`).join(', ');
  if (option.table !== null) {
    const wanted = option.table.toLowerCase();
    const index = tables.findIndex(
      (table) =>
        table.table === wanted ||
        table.file.toLowerCase() === wanted ||
        (table.sheet ?? '').toLowerCase() === wanted,
    );
    if (index >= 0) return index;
    return {
      key: 'cli.import.unknownTable',
      params: { option: option.text, table: option.table, tables: list },
    };
  }
  if (tables.length === 1) return 0;
  const fitting = tables.flatMap((table, index) =>
    rolesFor(table.table).includes(role) ? [index] : [],
  );
  if (fitting.length === 1) return fitting[0]!;
  return { key: 'cli.import.whichTable', params: { option: option.text, role, tables: list } };
}

/** The column whose header is `wanted`: exactly, else ignoring case and outer spaces. */
function findHeader(headers: readonly string[], wanted: string): number {
  const exact = headers.indexOf(wanted);
  if (exact >= 0) return exact;
  const loose = wanted.trim().toLowerCase();
  return headers.findIndex((header) => header.trim().toLowerCase() === loose);
}

function tableName(table: TableLayout): string {
  return table.sheet === null ? table.file : `${table.file} › ${table.sheet}`;
}
