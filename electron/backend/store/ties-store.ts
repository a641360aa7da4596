import type { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { TejidoError } from '../../../shared/api/errors.ts';
import { Tie } from '../../../shared/domain/tie.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { recordChange, type EditContext } from './change-log.ts';
import { parseJsonColumn, parseRow } from './row-json.ts';

interface TieRow {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  status: string;
  spells: string;
  evidence: string | null;
  note: string;
  attributes: string;
}

function toTie(row: TieRow): Tie {
  return parseRow(
    Tie,
    {
      ...row,
      spells: parseJsonColumn(row.spells, 'ties', row.id),
      attributes: parseJsonColumn(row.attributes, 'ties', row.id),
    },
    'ties',
    row.id,
  );
}

export function listTies(db: ProjectDb, status?: string): Tie[] {
  const rows = status
    ? db.prepare('SELECT * FROM ties WHERE status = ? ORDER BY rowid').all(status)
    : db.prepare('SELECT * FROM ties ORDER BY rowid').all();
  return (rows as TieRow[]).map(toTie);
}

export function listTiesOf(db: ProjectDb, actorId: string): Tie[] {
  const rows = db
    .prepare('SELECT * FROM ties WHERE source = ? OR target = ? ORDER BY rowid')
    .all(actorId, actorId);
  return (rows as TieRow[]).map(toTie);
}

export function findTie(db: ProjectDb, id: string): Tie | null {
  const row = db.prepare('SELECT * FROM ties WHERE id = ?').get(id) as TieRow | undefined;
  return row ? toTie(row) : null;
}

/**
 * Creates the tie, or replaces every field of the one with the same id. Both ends and the
 * type must exist; the error names which one is missing so the form can point at it.
 */
export function upsertTie(
  ctx: EditContext,
  draft: Omit<z.input<typeof Tie>, 'id'> & { id?: string },
): Tie {
  const parsed = Tie.parse({ ...draft, id: draft.id ?? randomUUID() });
  for (const end of ['source', 'target'] as const) {
    if (!ctx.db.prepare('SELECT 1 FROM actors WHERE id = ?').get(parsed[end])) {
      throw new TejidoError('tie.unknownActor', { field: end, actor: parsed[end] });
    }
  }
  if (!ctx.db.prepare('SELECT 1 FROM tie_types WHERE key = ?').get(parsed.type)) {
    throw new TejidoError('tie.unknownType', { type: parsed.type });
  }
  const before = findTie(ctx.db, parsed.id);
  ctx.db
    .prepare(
      `INSERT INTO ties (id, source, target, type, weight, status, spells, evidence, note, attributes)
       VALUES (@id, @source, @target, @type, @weight, @status, @spells, @evidence, @note, @attributes)
       ON CONFLICT (id) DO UPDATE SET source = excluded.source, target = excluded.target,
         type = excluded.type, weight = excluded.weight, status = excluded.status,
         spells = excluded.spells, evidence = excluded.evidence, note = excluded.note,
         attributes = excluded.attributes`,
    )
    .run({
      ...parsed,
      spells: JSON.stringify(parsed.spells),
      attributes: JSON.stringify(parsed.attributes),
    });
  recordChange(ctx, 'tie', parsed.id, before, parsed);
  return parsed;
}

export function deleteTie(ctx: EditContext, id: string): void {
  const before = findTie(ctx.db, id);
  if (!before) throw new TejidoError('tie.notFound', { id });
  ctx.db.prepare('DELETE FROM ties WHERE id = ?').run(id);
  recordChange(ctx, 'tie', id, before, null);
}
