import type { TableLayoutView, TableMapping } from '../../../shared/api/imports.ts';
import type { ColumnRole, TableKind } from '../../../shared/formats/csv/column-mapping.ts';

/** The mapping that reads every table as the preview just did. */
export function mappingOf(tables: readonly TableLayoutView[]): TableMapping[] {
  return tables.map((table) => ({
    file: table.file,
    sheet: table.sheet,
    table: table.table,
    roles: [...table.roles],
  }));
}

/** The same mapping with one column's role changed. */
export function withRole(
  tables: readonly TableLayoutView[],
  tableIndex: number,
  column: number,
  role: ColumnRole,
): TableMapping[] {
  return mappingOf(tables).map((table, index) =>
    index === tableIndex
      ? { ...table, roles: (table.roles ?? []).map((old, at) => (at === column ? role : old)) }
      : table,
  );
}

/**
 * The roles each table had when last previewed as each kind, by file, sheet and kind: so
 * that reading a table as the other kind and back gives the user's roles back, not the
 * recognition's.
 */
export type RememberedRoles = ReadonlyMap<string, readonly ColumnRole[]>;

function rememberedKey(table: { file: string; sheet: string | null }, kind: TableKind): string {
  return JSON.stringify([table.file, table.sheet, kind]);
}

/** `remembered` with the roles of a preview's tables, each under the kind it was read as. */
export function rememberRoles(
  remembered: RememberedRoles,
  tables: readonly TableLayoutView[],
): RememberedRoles {
  const next = new Map(remembered);
  for (const table of tables) next.set(rememberedKey(table, table.table), [...table.roles]);
  return next;
}

/**
 * One table read as the other kind. A pair is one actors table and one ties table, so the
 * other table of a pair changes kind too. A table gets the roles it had when last read as
 * its new kind (the user's changes are kept), or else a fresh recognition for that kind.
 */
export function withTableKind(
  tables: readonly TableLayoutView[],
  tableIndex: number,
  kind: TableKind,
  remembered: RememberedRoles = new Map(),
): TableMapping[] {
  const other: TableKind = kind === 'actors' ? 'ties' : 'actors';
  const readAs = (table: TableMapping, newKind: TableKind): TableMapping => {
    const roles = remembered.get(
      rememberedKey({ file: table.file, sheet: table.sheet ?? null }, newKind),
    );
    return { ...table, table: newKind, roles: roles ? [...roles] : null };
  };
  return mappingOf(tables).map((table, index) => {
    if (index === tableIndex) return readAs(table, kind);
    if (table.table === kind) return readAs(table, other);
    return table;
  });
}

/** The mapping back to what the recognition gives (the preview's detected roles). */
export function recognisedMapping(tables: readonly TableLayoutView[]): TableMapping[] {
  return tables.map((table) => ({ ...mappingOf([table])[0]!, roles: [...table.detected] }));
}
