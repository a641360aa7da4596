import { TejidoError } from '../../../shared/api/errors.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { recordChange, type EditContext } from './change-log.ts';
import { restoreBefore, type LoggedChange } from './invert-change.ts';

/**
 * Edits that are the project's starting point rather than something to take back, and what
 * workshop participants send from their phones: logged as provenance, but the facilitator's
 * Ctrl+Z takes back the facilitator's own edits (accepting a proposal is one of those).
 */
export const NOT_UNDOABLE: ReadonlySet<string> = new Set([
  'project.create',
  'sample.load',
  'setup',
  'workshop.join',
  'workshop.propose',
]);
const UNDO = 'changes.undo';
const REDO = 'changes.redo';

interface BatchHead {
  batch: string;
  operation: string;
  at: string;
  /** For undo and redo batches: the batch they act on. */
  target: string | null;
}

export interface HistoryStep {
  batch: string;
  operation: string;
  at: string;
}

/**
 * Undo and redo stacks, derived from the append-only log alone (so they survive a reload
 * and a restart): every undoable batch is pushed; an undo batch pops it onto the redo
 * stack; a redo batch pushes it back; any new edit empties the redo stack.
 */
export function historyOf(db: ProjectDb): {
  done: BatchHead[];
  undone: { original: BatchHead; undo: BatchHead }[];
} {
  const heads = db
    .prepare(
      `SELECT batch, operation, at,
              MAX(CASE WHEN entity = 'batch' THEN entity_id END) AS target, MIN(seq) AS first
       FROM changes GROUP BY batch ORDER BY first`,
    )
    .all() as BatchHead[];
  const byBatch = new Map(heads.map((head) => [head.batch, head]));
  const done: BatchHead[] = [];
  const undone: { original: BatchHead; undo: BatchHead }[] = [];
  for (const head of heads) {
    if (head.operation === UNDO) {
      const original = done.pop();
      if (original) undone.push({ original, undo: head });
    } else if (head.operation === REDO) {
      const entry = undone.pop();
      if (entry) done.push(entry.original);
    } else if (!NOT_UNDOABLE.has(head.operation) && byBatch.has(head.batch)) {
      done.push(head);
      undone.length = 0;
    }
  }
  return { done, undone };
}

function changesOf(db: ProjectDb, batch: string): LoggedChange[] {
  const rows = db
    .prepare(
      `SELECT entity, entity_id AS entityId, before, after FROM changes
       WHERE batch = ? AND entity <> 'batch' ORDER BY seq`,
    )
    .all(batch) as {
    entity: string;
    entityId: string;
    before: string | null;
    after: string | null;
  }[];
  return rows.map((row) => ({
    entity: row.entity,
    entityId: row.entityId,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  }));
}

/** Takes back the latest undoable edit (`ctx.operation` must be 'changes.undo'). */
export function undoLatest(ctx: EditContext): HistoryStep {
  const original = historyOf(ctx.db).done.at(-1);
  if (!original) throw new TejidoError('changes.nothingToUndo');
  recordChange(ctx, 'batch', original.batch, null, { operation: original.operation });
  for (const change of changesOf(ctx.db, original.batch).reverse()) restoreBefore(ctx, change);
  return { batch: original.batch, operation: original.operation, at: original.at };
}

/** Puts back the latest undone edit: the undo's own changes, taken back in turn. */
export function redoLatest(ctx: EditContext): HistoryStep {
  const entry = historyOf(ctx.db).undone.at(-1);
  if (!entry) throw new TejidoError('changes.nothingToRedo');
  recordChange(ctx, 'batch', entry.original.batch, null, { operation: entry.original.operation });
  for (const change of changesOf(ctx.db, entry.undo.batch).reverse()) restoreBefore(ctx, change);
  const { batch, operation, at } = entry.original;
  return { batch, operation, at };
}
