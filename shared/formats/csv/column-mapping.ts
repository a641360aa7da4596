import type { ImportProblem, SourcePlace } from '../parsed-network.ts';
import type { ActorRole, ColumnMapping, TieRole } from './column-roles.ts';
import type { TableSource } from './table-rows.ts';
import { cellProblem } from './problems.ts';
import { headerName } from './table-rows.ts';

export type TableKind = 'actors' | 'ties';

/** The places a column of each kind of table can fill, in the order the wizard lists them. */
export const ACTOR_ROLES = ['id', 'name', 'sector', 'kind', 'region', 'notes'] as const;
export const TIE_ROLES = [
  'id',
  'source',
  'target',
  'type',
  'weight',
  'directed',
  'status',
  'evidence',
  'start',
  'end',
  'intervals',
  'note',
] as const;

/** `attribute`: kept under its header; `ignore`: not imported at all. */
export const COLUMN_ROLES = [
  'id',
  'name',
  'sector',
  'kind',
  'region',
  'notes',
  'source',
  'target',
  'type',
  'weight',
  'directed',
  'status',
  'evidence',
  'start',
  'end',
  'intervals',
  'note',
  'attribute',
  'ignore',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** How one table was read: its columns, the roles recognised and the roles in effect. */
export interface TableLayout {
  file: string;
  sheet: string | null;
  table: TableKind;
  headers: string[];
  /** What the automatic recognition of the headers gives. */
  detected: ColumnRole[];
  /** What was used: the user's choice, or the detected roles. */
  roles: ColumnRole[];
}

/** The roles a table of this kind may give a column. */
export function rolesFor(table: TableKind): readonly ColumnRole[] {
  return [...(table === 'actors' ? ACTOR_ROLES : TIE_ROLES), 'attribute', 'ignore'];
}

/** A mapping (role → column) written as one role per column; the rest are attributes. */
export function rolesByColumn(
  mapping: ColumnMapping<string>,
  width: number,
  ignored: ReadonlySet<number> = new Set(),
): ColumnRole[] {
  const roles: ColumnRole[] = Array.from({ length: width }, (_, column) =>
    ignored.has(column) ? 'ignore' : 'attribute',
  );
  for (const [role, column] of Object.entries(mapping)) {
    if (column !== undefined && column < width) roles[column] = role as ColumnRole;
  }
  return roles;
}

/** Why a list of roles cannot be used for a table: each entry names the role and columns. */
export interface MappingFault {
  code: 'mappingRoleTwice' | 'mappingMissingRole' | 'mappingRoleNotForTable';
  role: ColumnRole;
  /** Column positions concerned (none for a missing role). */
  columns: number[];
}

/**
 * What is wrong with the roles a user chose for a table: a role given to two columns
 * (which one holds the source?), a role this kind of table has no place for (a `source`
 * in an actors table), or a column it cannot do without (source and target for ties; an id
 * or a name for actors). Shared by the wizard, to say so beside the columns, and by the
 * readers, which refuse the table with the same words.
 */
export function mappingFaults(table: TableKind, roles: readonly ColumnRole[]): MappingFault[] {
  const faults: MappingFault[] = [];
  const allowed = new Set(rolesFor(table));
  const columnsOf = new Map<ColumnRole, number[]>();
  roles.forEach((role, column) => {
    if (!allowed.has(role)) {
      faults.push({ code: 'mappingRoleNotForTable', role, columns: [column] });
      return;
    }
    if (role === 'attribute' || role === 'ignore') return;
    columnsOf.set(role, [...(columnsOf.get(role) ?? []), column]);
  });
  for (const [role, columns] of columnsOf) {
    if (columns.length > 1) faults.push({ code: 'mappingRoleTwice', role, columns });
  }
  const required: ColumnRole[][] = table === 'ties' ? [['source'], ['target']] : [['name', 'id']];
  for (const options of required) {
    if (!options.some((role) => columnsOf.has(role))) {
      faults.push({ code: 'mappingMissingRole', role: options[0]!, columns: [] });
    }
  }
  return faults;
}

/** The reader's form of a valid choice: role → column, and the columns to leave out. */
export interface ChosenMapping<Role extends string> {
  mapping: ColumnMapping<Role>;
  ignored: Set<number>;
}

/**
 * Turns the roles the user chose into the reader's mapping, or into problems naming the
 * file and the columns by their headers. Roles beyond the last column are refused (the
 * file is not the one previewed); columns beyond the last role stay attributes.
 */
export function applyChosenRoles<Role extends ActorRole | TieRole>(
  table: TableKind,
  roles: readonly ColumnRole[],
  headers: readonly string[],
  place: SourcePlace,
): ChosenMapping<Role> | ImportProblem[] {
  if (roles.length > headers.length) {
    return [
      cellProblem('error', 'mappingTooManyColumns', place, {
        found: headers.length,
        expected: roles.length,
      }),
    ];
  }
  const faults = mappingFaults(table, roles);
  if (faults.length > 0) {
    return faults.map((fault) =>
      cellProblem('error', fault.code, place, {
        role: fault.role,
        columns: fault.columns.map((column) => `"${headerName(headers, column)}"`).join(', '),
      }),
    );
  }
  const mapping: ColumnMapping<Role> = {};
  const ignored = new Set<number>();
  roles.forEach((role, column) => {
    if (role === 'ignore') ignored.add(column);
    else if (role !== 'attribute') mapping[role as Role] = column;
  });
  return { mapping, ignored };
}

/** What a table reader may be told about its columns. */
export interface TableMappingOptions<Role extends string> {
  /** A mapping given by code (role → column); recognised from the headers when absent. */
  mapping?: ColumnMapping<Role>;
  /** Roles the user chose in the wizard, one per column; they replace the recognition. */
  roles?: readonly ColumnRole[];
  /** Told how the table is read, so the wizard can show each column's role. */
  describe?: (layout: TableLayout) => void;
}

/**
 * The mapping a table reader uses and the columns that are not attributes (mapped or
 * ignored), or the problems that stop it. Describes the layout first, so a table whose
 * columns could not be recognised still shows them in the wizard, to be mapped by hand.
 */
export function resolveTableMapping<Role extends ActorRole | TieRole>(
  table: TableKind,
  headers: readonly string[],
  detected: ColumnMapping<Role>,
  options: TableMappingOptions<Role>,
  source: TableSource,
): { mapping: ColumnMapping<Role>; skipped: Set<number> } | ImportProblem[] {
  const width = headers.length;
  const detectedRoles = rolesByColumn(options.mapping ?? detected, width);
  const roles = options.roles
    ? Array.from({ length: width }, (_, column) => options.roles![column] ?? 'attribute')
    : detectedRoles;
  options.describe?.({
    file: source.file,
    sheet: source.sheet ?? null,
    table,
    headers: [...headers],
    detected: detectedRoles,
    roles: options.roles ? [...options.roles] : roles,
  });
  if (!options.roles) {
    const mapping = options.mapping ?? detected;
    return { mapping, skipped: new Set(mappedColumns(mapping)) };
  }
  const place: SourcePlace = { file: source.file };
  if (source.sheet !== undefined) place.sheet = source.sheet;
  const chosen = applyChosenRoles<Role>(table, options.roles, headers, place);
  if (Array.isArray(chosen)) return chosen;
  return {
    mapping: chosen.mapping,
    skipped: new Set([...mappedColumns(chosen.mapping), ...chosen.ignored]),
  };
}

function mappedColumns(mapping: ColumnMapping<string>): number[] {
  return Object.values<number | undefined>(mapping).filter(
    (column): column is number => column !== undefined,
  );
}
