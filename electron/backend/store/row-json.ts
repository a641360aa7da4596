import type { z } from 'zod';
import { TejidoError } from '../../../shared/api/errors.ts';

/**
 * Rows read back from SQLite are parsed like any outside input: a project file may have been
 * edited by another tool. A row that fails is reported with its table and id, not crashed on.
 */
export function parseRow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  table: string,
  id: string,
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new TejidoError('internal', {
    reason: `row ${id} of table ${table} is invalid: ${result.error.issues[0]?.message ?? ''}`,
  });
}

export function parseJsonColumn(text: string, table: string, id: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new TejidoError('internal', { reason: `row ${id} of table ${table} has broken JSON` });
  }
}
