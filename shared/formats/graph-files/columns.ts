import type { Attributes } from '../../domain/text.ts';

/** The type a column's values share, as GEXF and GraphML declare it. */
export type ColumnType = 'boolean' | 'integer' | 'long' | 'double' | 'string';

export interface Column {
  name: string;
  type: ColumnType;
}

const INT32_LIMIT = 2 ** 31;

/**
 * The columns of a set of attribute rows, in first-seen order, each typed by the values it
 * holds (nulls ignored): booleans, 32-bit integers, 64-bit-safe integers, other numbers, or
 * string when the values are text or mixed.
 */
export function collectColumns(rows: Attributes[]): Column[] {
  const types = new Map<string, ColumnType | null>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const seen = types.get(name) ?? null;
      if (value === null) {
        if (!types.has(name)) types.set(name, null);
        continue;
      }
      types.set(name, seen === null ? typeOf(value) : joinTypes(seen, typeOf(value)));
    }
  }
  return [...types].map(([name, type]) => ({ name, type: type ?? 'string' }));
}

/** The text a typed column holds for `value`, or null for a missing value. */
export function columnText(value: Attributes[string] | undefined): string | null {
  if (value === null || value === undefined) return null;
  return String(value);
}

function typeOf(value: string | number | boolean): ColumnType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (!Number.isInteger(value)) return 'double';
  return Math.abs(value) < INT32_LIMIT
    ? 'integer'
    : Number.isSafeInteger(value)
      ? 'long'
      : 'double';
}

function joinTypes(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  const numbers: ColumnType[] = ['integer', 'long', 'double'];
  if (numbers.includes(a) && numbers.includes(b)) {
    return numbers[Math.max(numbers.indexOf(a), numbers.indexOf(b))]!;
  }
  return 'string';
}
