import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { TejidoError } from '../../../shared/api/errors.ts';
import {
  Rating,
  Workshop,
  WorkshopContents,
  type WorkshopDraft,
} from '../../../shared/domain/workshop.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { recordChange, type EditContext } from './change-log.ts';
import { deleteWorkshopProposals } from './proposals-store.ts';
import { parseRow } from './row-json.ts';

interface WorkshopRow {
  id: string;
  name: string;
  date: string;
  place: string;
  facilitator: string;
  purpose: string;
  question: string;
  next_steps: string;
}

function toWorkshop(row: WorkshopRow): Workshop {
  const { next_steps, ...rest } = row;
  return parseRow(Workshop, { ...rest, nextSteps: next_steps }, 'workshops', row.id);
}

export function listWorkshops(db: ProjectDb): Workshop[] {
  const rows = db.prepare('SELECT * FROM workshops ORDER BY date DESC, name, id').all();
  return (rows as WorkshopRow[]).map(toWorkshop);
}

export function findWorkshop(db: ProjectDb, id: string): Workshop | null {
  const row = db.prepare('SELECT * FROM workshops WHERE id = ?').get(id) as WorkshopRow | undefined;
  return row ? toWorkshop(row) : null;
}

export function requireWorkshop(db: ProjectDb, id: string): Workshop {
  const workshop = findWorkshop(db, id);
  if (!workshop) throw new TejidoError('workshop.notFound', { id });
  return workshop;
}

/** Creates the session, or replaces every field of the one with the same id. */
export function upsertWorkshop(ctx: EditContext, draft: WorkshopDraft | Workshop): Workshop {
  const parsed = Workshop.parse({ ...draft, id: draft.id ?? randomUUID() });
  const before = findWorkshop(ctx.db, parsed.id);
  ctx.db
    .prepare(
      `INSERT INTO workshops (id, name, date, place, facilitator, purpose, question, next_steps)
       VALUES (@id, @name, @date, @place, @facilitator, @purpose, @question, @nextSteps)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, date = excluded.date,
         place = excluded.place, facilitator = excluded.facilitator, purpose = excluded.purpose,
         question = excluded.question, next_steps = excluded.next_steps`,
    )
    .run(parsed);
  recordChange(ctx, 'workshop', parsed.id, before, parsed);
  return parsed;
}

/**
 * Deletes the session and its tags, ratings, participants and proposals (each logged first,
 * so undo brings them all back). The tagged actors and ties stay: they are the project's data.
 */
export function deleteWorkshop(ctx: EditContext, id: string): void {
  const before = requireWorkshop(ctx.db, id);
  for (const entry of listEntries(ctx.db, id)) removeEntry(ctx, entry);
  for (const rating of listRatings(ctx.db, id)) restoreRating(ctx, rating, null);
  deleteWorkshopProposals(ctx, id);
  ctx.db.prepare('DELETE FROM workshops WHERE id = ?').run(id);
  recordChange(ctx, 'workshop', id, before, null);
}

export const WorkshopEntry = z.object({
  workshopId: z.string(),
  entity: z.enum(['actor', 'tie']),
  entityId: z.string(),
});
export type WorkshopEntry = z.infer<typeof WorkshopEntry>;

export function entryKey(entry: WorkshopEntry): string {
  return `${entry.workshopId}/${entry.entity}/${entry.entityId}`;
}

function listEntries(db: ProjectDb, workshopId: string): WorkshopEntry[] {
  const rows = db
    .prepare(
      `SELECT workshop_id AS workshopId, entity, entity_id AS entityId FROM workshop_entries
       WHERE workshop_id = ? ORDER BY rowid`,
    )
    .all(workshopId);
  return z.array(WorkshopEntry).parse(rows);
}

/** Tags an actor or tie with the session; logged only when the tag is new. */
export function addEntry(ctx: EditContext, entry: WorkshopEntry): void {
  const inserted = ctx.db
    .prepare(
      `INSERT INTO workshop_entries (workshop_id, entity, entity_id) VALUES (?, ?, ?)
       ON CONFLICT DO NOTHING`,
    )
    .run(entry.workshopId, entry.entity, entry.entityId);
  if (inserted.changes > 0) recordChange(ctx, 'workshopEntry', entryKey(entry), null, entry);
}

export function removeEntry(ctx: EditContext, entry: WorkshopEntry): void {
  const removed = ctx.db
    .prepare('DELETE FROM workshop_entries WHERE workshop_id = ? AND entity = ? AND entity_id = ?')
    .run(entry.workshopId, entry.entity, entry.entityId);
  if (removed.changes > 0) recordChange(ctx, 'workshopEntry', entryKey(entry), entry, null);
}

interface RatingRow {
  workshop_id: string;
  actor_id: string;
  influence: number | null;
  stance: string;
}

function toRating(row: RatingRow): Rating {
  return parseRow(
    Rating,
    {
      workshopId: row.workshop_id,
      actorId: row.actor_id,
      influence: row.influence,
      stance: row.stance,
    },
    'ratings',
    `${row.workshop_id}/${row.actor_id}`,
  );
}

export function ratingKey(rating: { workshopId: string; actorId: string }): string {
  return `${rating.workshopId}/${rating.actorId}`;
}

/** The session's ratings of actors that still exist (a deleted actor's rating is kept, hidden). */
export function listRatings(db: ProjectDb, workshopId: string): Rating[] {
  const rows = db
    .prepare(
      `SELECT r.* FROM ratings r JOIN actors a ON a.id = r.actor_id
       WHERE r.workshop_id = ? ORDER BY a.name COLLATE NOCASE, a.id`,
    )
    .all(workshopId);
  return (rows as RatingRow[]).map(toRating);
}

function findRating(db: ProjectDb, workshopId: string, actorId: string): Rating | null {
  const row = db
    .prepare('SELECT * FROM ratings WHERE workshop_id = ? AND actor_id = ?')
    .get(workshopId, actorId) as RatingRow | undefined;
  return row ? toRating(row) : null;
}

/** Sets one actor's influence and stance in the session; the actor must exist. */
export function rateActor(ctx: EditContext, rating: Rating): Rating {
  requireWorkshop(ctx.db, rating.workshopId);
  if (!ctx.db.prepare('SELECT 1 FROM actors WHERE id = ?').get(rating.actorId)) {
    throw new TejidoError('actor.notFound', { id: rating.actorId });
  }
  const parsed = Rating.parse(rating);
  restoreRating(ctx, parsed, parsed);
  return parsed;
}

/** Writes (or, with null, removes) the rating of `who` and logs it; also what undo calls. */
export function restoreRating(
  ctx: EditContext,
  who: { workshopId: string; actorId: string },
  rating: Rating | null,
): void {
  const { workshopId, actorId } = who;
  const before = findRating(ctx.db, workshopId, actorId);
  if (rating === null) {
    ctx.db
      .prepare('DELETE FROM ratings WHERE workshop_id = ? AND actor_id = ?')
      .run(workshopId, actorId);
  } else {
    ctx.db
      .prepare(
        `INSERT INTO ratings (workshop_id, actor_id, influence, stance) VALUES (?, ?, ?, ?)
         ON CONFLICT (workshop_id, actor_id) DO UPDATE SET influence = excluded.influence,
           stance = excluded.stance`,
      )
      .run(rating.workshopId, rating.actorId, rating.influence, rating.stance);
  }
  if (before !== null || rating !== null) {
    recordChange(ctx, 'rating', ratingKey(who), before, rating);
  }
}

/** What the session contributed, limited to actors and ties that still exist. */
export function workshopContents(db: ProjectDb, id: string): WorkshopContents {
  const workshop = requireWorkshop(db, id);
  const ids = (entity: 'actor' | 'tie', table: string) =>
    db
      .prepare(
        `SELECT e.entity_id FROM workshop_entries e JOIN ${table} x ON x.id = e.entity_id
         WHERE e.workshop_id = ? AND e.entity = ? ORDER BY e.rowid`,
      )
      .pluck()
      .all(id, entity) as string[];
  return WorkshopContents.parse({
    workshop,
    actorIds: ids('actor', 'actors'),
    tieIds: ids('tie', 'ties'),
    ratings: listRatings(db, id),
  });
}
