import { TejidoError } from '../../../shared/api/errors.ts';
import type { ImportPlan } from '../../../shared/import/import-plan.ts';
import { planCounts } from '../../../shared/import/import-plan.ts';
import { upsertActor } from '../store/actors-store.ts';
import { upsertSector, upsertTieType } from '../store/catalog-store.ts';
import { recordChange, type EditContext } from '../store/change-log.ts';
import { upsertTie } from '../store/ties-store.ts';

export interface ImportRecord {
  fileNames: string[];
  sha256: string;
  format: string;
}

/** At most this many rejected rows are kept in the imports table; the count is always kept. */
const MAX_KEPT_PROBLEMS = 10_000;

/**
 * Writes a plan into the project. The caller runs it inside one transaction (`session.edit`),
 * so an import lands whole or not at all. New rows go in with prepared bulk statements; rows
 * that existed are updated through the stores, which log their before and after. The new
 * rows are logged as one change (their ids), enough to undo the import.
 */
export function applyImportPlan(ctx: EditContext, plan: ImportPlan, record: ImportRecord): number {
  if (plan.blocked) throw new TejidoError('import.blocked', { errors: planCounts(plan).errors });
  for (const sector of plan.sectorsToCreate) upsertSector(ctx, sector);
  for (const tieType of plan.tieTypesToCreate) upsertTieType(ctx, tieType);
  insertActors(ctx, plan);
  for (const { after } of plan.actorsToUpdate) upsertActor(ctx, after);
  insertTies(ctx, plan);
  for (const { after } of plan.tiesToUpdate) upsertTie(ctx, after);
  writeEvents(ctx, plan);
  const importId = recordImport(ctx, plan, record);
  recordChange(ctx, 'import', String(importId), null, {
    actorIds: plan.actorsToInsert.map((actor) => actor.id),
    tieIds: plan.tiesToInsert.map((tie) => tie.id),
  });
  return importId;
}

function insertActors(ctx: EditContext, plan: ImportPlan): void {
  const insert = ctx.db.prepare(
    `INSERT INTO actors (id, name, sector, kind, region, attributes, notes)
     VALUES (@id, @name, @sector, @kind, @region, @attributes, @notes)`,
  );
  for (const actor of plan.actorsToInsert) {
    insert.run({ ...actor, attributes: JSON.stringify(actor.attributes) });
  }
}

function insertTies(ctx: EditContext, plan: ImportPlan): void {
  const insert = ctx.db.prepare(
    `INSERT INTO ties (id, source, target, type, weight, status, spells, evidence, note, attributes)
     VALUES (@id, @source, @target, @type, @weight, @status, @spells, @evidence, @note, @attributes)`,
  );
  for (const tie of plan.tiesToInsert) {
    insert.run({
      ...tie,
      spells: JSON.stringify(tie.spells),
      attributes: JSON.stringify(tie.attributes),
    });
  }
}

function writeEvents(ctx: EditContext, plan: ImportPlan): void {
  const upsert = ctx.db.prepare(
    `INSERT INTO events (id, name, start, end, place, group_id, description)
     VALUES (@id, @name, @start, @end, @place, NULL, '')
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, start = excluded.start,
       end = excluded.end, place = excluded.place`,
  );
  for (const event of plan.events) upsert.run(event);
  const attend = ctx.db.prepare(
    'INSERT OR IGNORE INTO participation (event_id, actor_id, role) VALUES (?, ?, ?)',
  );
  for (const row of plan.participation) attend.run(row.eventId, row.actorId, '');
}

function recordImport(ctx: EditContext, plan: ImportPlan, record: ImportRecord): number {
  const rejected = plan.problems.filter((problem) => problem.severity === 'error');
  const result = ctx.db
    .prepare(
      `INSERT INTO imports (file_name, sha256, format, imported_at, counts, rejected)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(
      record.fileNames.join(', '),
      record.sha256,
      record.format,
      ctx.at,
      JSON.stringify(planCounts(plan)),
      JSON.stringify(rejected.slice(0, MAX_KEPT_PROBLEMS)),
    );
  return Number(result.lastInsertRowid);
}
