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
 * One table read as the other kind, its roles recognised afresh for that kind. A pair is
 * one actors table and one ties table, so the other table of a pair changes kind too.
 */
export function withTableKind(
  tables: readonly TableLayoutView[],
  tableIndex: number,
  kind: TableKind,
): TableMapping[] {
  const other: TableKind = kind === 'actors' ? 'ties' : 'actors';
  return mappingOf(tables).map((table, index) => {
    if (index === tableIndex) return { ...table, table: kind, roles: null };
    if (table.table === kind) return { ...table, table: other, roles: null };
    return table;
  });
}

/** The mapping back to what the recognition gives (the preview's detected roles). */
export function recognisedMapping(tables: readonly TableLayoutView[]): TableMapping[] {
  return tables.map((table) => ({ ...mappingOf([table])[0]!, roles: [...table.detected] }));
}
