import { TejidoError } from '../../../shared/api/errors.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { Spell } from '../../../shared/domain/spell.ts';
import type { Tie } from '../../../shared/domain/tie.ts';
import type { ImportProblem } from '../../../shared/formats/parsed-network.ts';
import { planCounts, type ImportPlan } from '../../../shared/import/import-plan.ts';
import { joinedSpells, type TieSink } from '../../../shared/import/tie-sink.ts';
import { upsertActor } from '../store/actors-store.ts';
import { upsertSector, upsertTieType } from '../store/catalog-store.ts';
import type { EditContext } from '../store/change-log.ts';
import { upsertTie } from '../store/ties-store.ts';
import { deferredChecks } from './deferred-checks.ts';
import { tieIndexes } from './tie-indexes.ts';

export interface ImportRecord {
  fileNames: string[];
  sha256: string;
  format: string;
}

/** Rows per INSERT statement: one call into SQLite per 50 ties instead of per tie. */
const ROWS_PER_STATEMENT = 50;
/**
 * New ties are written as soon as one statement's worth has come: so few are held that
 * they die young. Batches of 2,000 outlived the young generation and were copied into the
 * old one, which then grew by about 0.5 KB per tie (measured with --trace-gc at 300,000).
 */
const BATCH = ROWS_PER_STATEMENT;
/** At most this many rejected rows are kept in the imports table; the count is always kept. */
const MAX_KEPT_PROBLEMS = 10_000;

/** Ties from which a load suspends row-by-row CHECK constraints (deferred-checks.ts). */
const BULK_LOAD_FROM = 1_000;

/**
 * SQLite's page cache during a bulk load, in KiB when negative: 16 MB instead of the
 * project's 64 MB. A load appends (ties and their ids at the right edge of their B-trees,
 * with the ties indexes dropped) and looks actors up by key, so a large cache mostly holds
 * pages already written; it also caps the sorter that rebuilds the indexes. At 1,000,000
 * ties the peak memory fell by about 60 MB, with no CPU time lost that runs at these loads
 * could show.
 */
const BULK_LOAD_CACHE = -16_384;

const TIE_COLUMNS = 10;
const ACTOR_COLUMNS = 7;

/**
 * Writes an import while it is planned: the plan sends its new ties here (a TieSink) and
 * they go into the project 50 at a time, so a million-tie import never holds its plan.
 * The caller runs planning and writing inside one transaction (`session.edit`): a failure,
 * or a plan that turns out blocked, rolls everything back. Once an error blocks the import
 * nothing more is written; planning goes on so that the problems and counts are complete.
 */
export function importWriter(
  ctx: EditContext,
  settings: {
    skipBadRows: boolean;
    expectedTies: number;
    /** Tie ids per undo row (10,000; tests use fewer to see several rows). */
    tieIdsPerChange?: number;
  },
) {
  /** The ties table's last rowid before the import: new tie number n gets rowid + 1 + n. */
  let rowidBefore = 0;
  let batch: Tie[] = [];
  let written = 0;
  let problems: readonly ImportProblem[] = [];
  let checkedProblems = 0;
  let halted = false;
  let rebuildIndexes: (() => void) | null = null;
  /** The connection's cache size, set back after a bulk load. */
  let cacheBefore: number | null = null;
  const checks = deferredChecks(ctx.db);
  const insertTies = multiRowInsert(ctx, 'ties', TIE_COLUMNS, [
    'id',
    'source',
    'target',
    'type',
    'weight',
    'status',
    'spells',
    'evidence',
    'note',
    'attributes',
  ]);
  const insertActors = multiRowInsert(ctx, 'actors', ACTOR_COLUMNS, [
    'id',
    'name',
    'sector',
    'kind',
    'region',
    'attributes',
    'notes',
  ]);

  /** Blocked as the final plan will be: an error about a whole file, or any error unskipped. */
  function checkHalted(): boolean {
    if (halted) return true;
    for (; checkedProblems < problems.length; checkedProblems++) {
      const problem = problems[checkedProblems]!;
      if (problem.severity !== 'error') continue;
      if (problem.place.row === undefined || !settings.skipBadRows) halted = true;
    }
    return halted;
  }

  function flush(): void {
    // A halted import writes nothing more; its ties are still counted, so positions hold.
    if (!checkHalted()) insertTies(batch, tieValues);
    written += batch.length;
    batch = [];
  }

  const sink: TieSink = {
    start(plan) {
      problems = plan.problems;
      rowidBefore = Number(
        ctx.db.prepare('SELECT coalesce(max(rowid), 0) FROM ties').pluck().get(),
      );
      if (checkHalted()) return;
      for (const sector of plan.sectorsToCreate) upsertSector(ctx, sector);
      for (const tieType of plan.tieTypesToCreate) upsertTieType(ctx, tieType);
      for (const { after } of plan.actorsToUpdate) upsertActor(ctx, after);
      // From here on rows are only appended (new actors, the ties and what they bring with
      // them: actors named by an edge list, new tie types), so the checks can wait for the
      // end and look at the appended rows only.
      if (settings.expectedTies >= BULK_LOAD_FROM) {
        checks.suspend({ appended: ['ties', 'actors', 'changes'], whole: ['tie_types'] });
        cacheBefore = Number(ctx.db.pragma('cache_size', { simple: true }));
        ctx.db.pragma(`cache_size = ${BULK_LOAD_CACHE}`);
      }
      insertActors(plan.actorsToInsert, actorValues);
      rebuildIndexes = tieIndexes(ctx).dropForBulkLoad(settings.expectedTies);
    },
    actor(actor) {
      if (!checkHalted()) insertActors([actor], actorValues);
    },
    tieType(type) {
      if (!checkHalted()) upsertTieType(ctx, type);
    },
    tie(tie) {
      batch.push(tie);
      if (batch.length >= BATCH) flush();
    },
    respell(position, spells) {
      if (position >= written) {
        const index = position - written;
        const planned = batch[index];
        if (planned) batch[index] = { ...planned, spells: joinedSpells(planned.spells, spells) };
        return;
      }
      if (!checkHalted()) respellWritten(ctx, rowidBefore + 1 + position, spells);
    },
  };

  return {
    sink,
    /** Writes what is left of the plan and records the import; returns its id. */
    finish(plan: ImportPlan, record: ImportRecord): number {
      flush();
      if (plan.blocked)
        throw new TejidoError('import.blocked', { errors: planCounts(plan).errors });
      if (halted) throw new TejidoError('internal', { reason: 'import halted but not blocked' });
      checks.resume();
      rebuildIndexes?.();
      for (const { after } of plan.tiesToUpdate) upsertTie(ctx, after);
      writeEvents(ctx, plan);
      const importId = recordImport(ctx, plan, record);
      recordImportChange(ctx, importId, plan, rowidBefore, settings.tieIdsPerChange);
      return importId;
    },
    /**
     * Must run after the import, however it ended: a failed or blocked one leaves the
     * connection's CHECK constraints suspended (the rows go with the rollback) and its
     * cache small otherwise.
     */
    release(): void {
      checks.release();
      if (cacheBefore !== null) ctx.db.pragma(`cache_size = ${cacheBefore}`);
      cacheBefore = null;
    },
  };
}

function tieValues(tie: Tie, values: unknown[], at: number): void {
  values[at] = tie.id;
  values[at + 1] = tie.source;
  values[at + 2] = tie.target;
  values[at + 3] = tie.type;
  values[at + 4] = tie.weight;
  values[at + 5] = tie.status;
  values[at + 6] = spellsJson(tie.spells);
  values[at + 7] = tie.evidence;
  values[at + 8] = tie.note;
  values[at + 9] = attributesJson(tie.attributes);
}

function actorValues(actor: Actor, values: unknown[], at: number): void {
  values[at] = actor.id;
  values[at + 1] = actor.name;
  values[at + 2] = actor.sector;
  values[at + 3] = actor.kind;
  values[at + 4] = actor.region;
  values[at + 5] = attributesJson(actor.attributes);
  values[at + 6] = actor.notes;
}

/** Most ties have one spell or none: their JSON is built without JSON.stringify's walk. */
function spellsJson(spells: readonly Spell[]): string {
  if (spells.length === 0) return '[]';
  if (spells.length === 1) {
    const { start, end } = spells[0]!;
    return `[{"start":${dayJson(start)},"end":${dayJson(end)}}]`;
  }
  return JSON.stringify(spells);
}

/** Days are checked ISO dates (digits and dashes): nothing in them needs escaping. */
function dayJson(day: string | null): string {
  return day === null ? 'null' : `"${day}"`;
}

function attributesJson(attributes: object): string {
  return isEmpty(attributes) ? '{}' : JSON.stringify(attributes);
}

function isEmpty(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return false;
  return true;
}

/**
 * Inserts rows with positional parameters, ROWS_PER_STATEMENT rows per statement (binding by
 * name costs a lookup per value; one statement per row costs a call into SQLite per row).
 */
function multiRowInsert(ctx: EditContext, table: string, width: number, columns: string[]) {
  const sql = (rows: number) =>
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from(
      { length: rows },
      () => `(${Array.from({ length: width }, () => '?').join(', ')})`,
    ).join(', ')}`;
  const full = ctx.db.prepare(sql(ROWS_PER_STATEMENT));
  const one = ctx.db.prepare(sql(1));
  const values: unknown[] = new Array(width * ROWS_PER_STATEMENT);
  const single: unknown[] = new Array(width);
  return <Row>(rows: readonly Row[], fill: (row: Row, values: unknown[], at: number) => void) => {
    let index = 0;
    for (; index + ROWS_PER_STATEMENT <= rows.length; index += ROWS_PER_STATEMENT) {
      for (let offset = 0; offset < ROWS_PER_STATEMENT; offset++) {
        fill(rows[index + offset]!, values, offset * width);
      }
      full.run(values);
    }
    for (; index < rows.length; index++) {
      fill(rows[index]!, single, 0);
      one.run(single);
    }
  };
}

/**
 * A tie of an earlier batch repeated later in the file: its stored spells get the new ones.
 * The import's ties are appended in order, so its rowid says which it is.
 */
function respellWritten(ctx: EditContext, rowid: number, spells: readonly Spell[]): void {
  const stored = ctx.db
    .prepare('SELECT spells FROM ties WHERE rowid = ?')
    .pluck()
    .get(rowid) as string;
  const joined = joinedSpells(JSON.parse(stored) as Spell[], spells);
  ctx.db.prepare('UPDATE ties SET spells = ? WHERE rowid = ?').run(JSON.stringify(joined), rowid);
}

/** New tie ids per change-log row of an import: each row's JSON stays small (~0.4 MB). */
const TIE_IDS_PER_CHANGE = 10_000;

/**
 * The change-log rows that undo the import: what `recordChange(ctx, 'import', id, null,
 * { actorIds, tieIds })` writes, with the new tie ids gathered by SQLite from the rows just
 * appended (not held in memory as strings) and split over rows of 10,000 ids, all in the
 * import's batch; the first row also lists the new actors. Undo takes a batch's rows back
 * last first, so every tie is gone before the actors are. One row listing a million ids
 * was one JSON text of 39 MB, which SQLite built, parsed again and checked in copies: the
 * import's peak memory rose by about 190 MB in that one statement.
 */
function recordImportChange(
  ctx: EditContext,
  importId: number,
  plan: ImportPlan,
  rowidBefore: number,
  tieIdsPerChange = TIE_IDS_PER_CHANGE,
): void {
  const insert = ctx.db.prepare(
    `INSERT INTO changes (at, batch, operation, entity, entity_id, before, after)
     VALUES (?, ?, ?, 'import', ?, NULL, json_object(
       'actorIds', json(?),
       'tieIds', (SELECT json_group_array(id) FROM
                    (SELECT id FROM ties WHERE rowid > ? AND rowid <= ? ORDER BY rowid))))`,
  );
  const lastRowid = Number(
    ctx.db.prepare('SELECT coalesce(max(rowid), 0) FROM ties').pluck().get(),
  );
  let actorIds = JSON.stringify(plan.actorsToInsert.map((actor) => actor.id));
  let from = rowidBefore;
  do {
    const to = Math.min(from + tieIdsPerChange, lastRowid);
    insert.run(ctx.at, ctx.batch, ctx.operation, String(importId), actorIds, from, to);
    actorIds = '[]';
    from = to;
  } while (from < lastRowid);
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
