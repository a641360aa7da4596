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

/** Positional parameters: binding by name costs a lookup per value on 100,000s of rows. */
function insertActors(ctx: EditContext, plan: ImportPlan): void {
  const insert = ctx.db.prepare(
    `INSERT INTO actors (id, name, sector, kind, region, attributes, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const actor of plan.actorsToInsert) {
    insert.run(
      actor.id,
      actor.name,
      actor.sector,
      actor.kind,
      actor.region,
      JSON.stringify(actor.attributes),
      actor.notes,
    );
  }
}

function insertTies(ctx: EditContext, plan: ImportPlan): void {
  const adding = plan.tiesToInsert.length;
  const rebuild = adding >= REBUILD_INDEXES_FROM ? dropTieIndexes(ctx, adding) : null;
  const insert = ctx.db.prepare(
    `INSERT INTO ties (id, source, target, type, weight, status, spells, evidence, note, attributes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const tie of plan.tiesToInsert) {
    insert.run(
      tie.id,
      tie.source,
      tie.target,
      tie.type,
      tie.weight,
      tie.status,
      JSON.stringify(tie.spells),
      tie.evidence,
      tie.note,
      JSON.stringify(tie.attributes),
    );
  }
  rebuild?.();
}

/**
 * A bulk load of this many ties or more drops the ties table's secondary indexes (by
 * source, target and type) and builds them again after the inserts: building an index once
 * from sorted keys costs about a third less than updating three indexes per row, measured
 * at 100,000 ties (scripts/bench-import.ts). When the project already holds more ties than
 * the import adds, rebuilding would cost more than it saves, so the indexes stay.
 */
const REBUILD_INDEXES_FROM = 5_000;

/**
 * Drops the ties table's own indexes, whatever the migrations made them, and returns the
 * function that creates them again from their stored SQL. Both run inside the import's
 * transaction, so a failed import gets its indexes back with everything else.
 */
function dropTieIndexes(ctx: EditContext, adding: number): (() => void) | null {
  const existing = Number(ctx.db.prepare('SELECT count(*) FROM ties').pluck().get());
  if (existing > adding) return null;
  const indexes = ctx.db
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND tbl_name = 'ties' AND sql IS NOT NULL`,
    )
    .all() as { name: string; sql: string }[];
  for (const { name } of indexes) ctx.db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  return () => {
    for (const { sql } of indexes) ctx.db.exec(sql);
  };
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
