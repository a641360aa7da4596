import { randomUUID } from 'node:crypto';
import { TejidoError } from '../../../shared/api/errors.ts';
import { Actor, type ActorDraft } from '../../../shared/domain/actor.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { recordChange, type EditContext } from './change-log.ts';
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

export function findActor(db: ProjectDb, id: string): Actor | null {
  const row = db.prepare('SELECT * FROM actors WHERE id = ?').get(id) as ActorRow | undefined;
  return row ? toActor(row) : null;
}

/** Creates the actor, or replaces every field of the one with the same id. */
export function upsertActor(ctx: EditContext, draft: ActorDraft & { id?: string }): Actor {
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
