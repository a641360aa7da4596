import type { ProjectDb } from '../project/project-file.ts';
import { Change } from '../../../shared/domain/project.ts';

/** One user action: every row it writes shares the batch id, so undo can revert it whole. */
export interface EditContext {
  db: ProjectDb;
  batch: string;
  at: string;
  operation: string;
}

export function recordChange(
  ctx: EditContext,
  entity: string,
  entityId: string,
  before: unknown,
  after: unknown,
): void {
  ctx.db
    .prepare(
      `INSERT INTO changes (at, batch, operation, entity, entity_id, before, after)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      ctx.at,
      ctx.batch,
      ctx.operation,
      entity,
      entityId,
      before === null || before === undefined ? null : JSON.stringify(before),
      after === null || after === undefined ? null : JSON.stringify(after),
    );
}

interface ChangeRow {
  seq: number;
  at: string;
  batch: string;
  operation: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

export function listChanges(db: ProjectDb, limit: number, beforeSeq?: number): Change[] {
  const rows = db
    .prepare(`SELECT * FROM changes WHERE seq < ? ORDER BY seq DESC LIMIT ?`)
    .all(beforeSeq ?? Number.MAX_SAFE_INTEGER, limit) as ChangeRow[];
  return rows.map((row) =>
    Change.parse({
      seq: row.seq,
      at: row.at,
      batch: row.batch,
      operation: row.operation,
      entity: row.entity,
      entityId: row.entity_id,
      before: row.before === null ? null : JSON.parse(row.before),
      after: row.after === null ? null : JSON.parse(row.after),
    }),
  );
}
