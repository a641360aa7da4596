import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { TejidoError } from '../../../shared/api/errors.ts';
import { Actor, ActorAlias } from '../../../shared/domain/actor.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { recordChange, type EditContext } from './change-log.ts';
import { deleteTie } from './ties-store.ts';
import { parseJsonColumn, parseRow } from './row-json.ts';

interface ActorRow {
  id: string;
  name: string;
  sector: string | null;
  kind: string;
  region: string | null;
  attributes: string;
  notes: string;
}

function toActor(row: ActorRow): Actor {
  return parseRow(
    Actor,
    { ...row, attributes: parseJsonColumn(row.attributes, 'actors', row.id) },
    'actors',
    row.id,
  );
}

export function listActors(db: ProjectDb): Actor[] {
  const rows = db.prepare('SELECT * FROM actors ORDER BY name COLLATE NOCASE, id').all();
  return (rows as ActorRow[]).map(toActor);
}

/** Every alias a merge kept, by actor then alias, so completion can match the old names. */
export function listAliases(db: ProjectDb): ActorAlias[] {
  const rows = db
    .prepare('SELECT actor_id AS actorId, alias FROM actor_aliases ORDER BY actor_id, alias')
    .all();
  return z.array(ActorAlias).parse(rows);
}

export function findActor(db: ProjectDb, id: string): Actor | null {
  const row = db.prepare('SELECT * FROM actors WHERE id = ?').get(id) as ActorRow | undefined;
  return row ? toActor(row) : null;
}

/** Creates the actor, or replaces every field of the one with the same id. */
export function upsertActor(
  ctx: EditContext,
  draft: Omit<z.input<typeof Actor>, 'id'> & { id?: string },
): Actor {
  const parsed = Actor.parse({ ...draft, id: draft.id ?? randomUUID() });
  if (parsed.sector !== null && !sectorExists(ctx.db, parsed.sector)) {
    throw new TejidoError('actor.unknownSector', { sector: parsed.sector });
  }
  const before = findActor(ctx.db, parsed.id);
  ctx.db
    .prepare(
      `INSERT INTO actors (id, name, sector, kind, region, attributes, notes)
       VALUES (@id, @name, @sector, @kind, @region, @attributes, @notes)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, sector = excluded.sector,
         kind = excluded.kind, region = excluded.region, attributes = excluded.attributes,
         notes = excluded.notes`,
    )
    .run({ ...parsed, attributes: JSON.stringify(parsed.attributes) });
  recordChange(ctx, 'actor', parsed.id, before, parsed);
  return parsed;
}

function sectorExists(db: ProjectDb, key: string): boolean {
  return db.prepare('SELECT 1 FROM sectors WHERE key = ?').get(key) !== undefined;
}

export function countTiesOf(db: ProjectDb, actorId: string): number {
  const row = db
    .prepare('SELECT count(*) AS n FROM ties WHERE source = ? OR target = ?')
    .get(actorId, actorId) as { n: number };
  return row.n;
}

/**
 * Deletes an actor. With ties, refuses (naming the count) unless `cascade` says the user
 * confirmed; then its ties go too, each logged, so undo can bring everything back.
 */
export function deleteActor(ctx: EditContext, id: string, cascade: boolean): number {
  const before = findActor(ctx.db, id);
  if (!before) throw new TejidoError('actor.notFound', { id });
  const tieCount = countTiesOf(ctx.db, id);
  if (tieCount > 0 && !cascade) throw new TejidoError('actor.hasTies', { id, count: tieCount });
  const tieIds = ctx.db
    .prepare('SELECT id FROM ties WHERE source = ? OR target = ?')
    .pluck()
    .all(id, id) as string[];
  for (const tieId of tieIds) deleteTie(ctx, tieId);
  logDependentRows(ctx, id);
  ctx.db.prepare('DELETE FROM actors WHERE id = ?').run(id);
  recordChange(ctx, 'actor', id, before, null);
  return tieIds.length;
}

/** Memberships and attendance vanish by ON DELETE CASCADE; log them first so undo has them. */
function logDependentRows(ctx: EditContext, actorId: string): void {
  const memberships = ctx.db
    .prepare('SELECT group_id, joined, left FROM group_members WHERE actor_id = ?')
    .all(actorId) as { group_id: string; joined: string | null; left: string | null }[];
  for (const m of memberships) {
    const row = { groupId: m.group_id, actorId, joined: m.joined, left: m.left };
    recordChange(ctx, 'groupMember', `${m.group_id}/${actorId}`, row, null);
  }
  const attendance = ctx.db
    .prepare('SELECT event_id, role FROM participation WHERE actor_id = ?')
    .all(actorId) as { event_id: string; role: string }[];
  for (const p of attendance) {
    const row = { eventId: p.event_id, actorId, role: p.role };
    recordChange(ctx, 'attendance', `${p.event_id}/${actorId}`, row, null);
  }
}
