import { randomUUID } from 'node:crypto';
import { TejidoError } from '../../../shared/api/errors.ts';
import { Event, Participation } from '../../../shared/domain/event.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { recordChange, type EditContext } from './change-log.ts';
import { parseRow } from './row-json.ts';

interface EventRow {
  id: string;
  name: string;
  start: string;
  end: string | null;
  place: string;
  group_id: string | null;
  description: string;
}

function toEvent(row: EventRow): Event {
  const { group_id: groupId, ...rest } = row;
  return parseRow(Event, { ...rest, groupId }, 'events', row.id);
}

function toParticipation(row: { event_id: string; actor_id: string; role: string }) {
  const value = { eventId: row.event_id, actorId: row.actor_id, role: row.role };
  return parseRow(Participation, value, 'participation', `${row.event_id}/${row.actor_id}`);
}

export function listEvents(db: ProjectDb) {
  const events = (db.prepare('SELECT * FROM events ORDER BY start, id').all() as EventRow[]).map(
    toEvent,
  );
  const rows = db.prepare('SELECT * FROM participation ORDER BY event_id, rowid').all();
  return {
    events,
    participation: (rows as Parameters<typeof toParticipation>[0][]).map(toParticipation),
  };
}

function findEvent(db: ProjectDb, id: string): Event | null {
  const row = db.prepare('SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
  return row ? toEvent(row) : null;
}

export function upsertEvent(ctx: EditContext, draft: Omit<Event, 'id'> & { id?: string }): Event {
  const event = Event.parse({ ...draft, id: draft.id ?? randomUUID() });
  if (
    event.groupId !== null &&
    !ctx.db.prepare('SELECT 1 FROM groups WHERE id = ?').get(event.groupId)
  ) {
    throw new TejidoError('event.unknownGroup', { group: event.groupId });
  }
  const before = findEvent(ctx.db, event.id);
  ctx.db
    .prepare(
      `INSERT INTO events (id, name, start, end, place, group_id, description)
       VALUES (@id, @name, @start, @end, @place, @groupId, @description)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, start = excluded.start,
         end = excluded.end, place = excluded.place, group_id = excluded.group_id,
         description = excluded.description`,
    )
    .run(event);
  recordChange(ctx, 'event', event.id, before, event);
  return event;
}

export function deleteEvent(ctx: EditContext, id: string): void {
  const before = findEvent(ctx.db, id);
  if (!before) throw new TejidoError('event.notFound', { id });
  replaceParticipation(ctx, id, []);
  ctx.db.prepare('DELETE FROM events WHERE id = ?').run(id);
  recordChange(ctx, 'event', id, before, null);
}

/** Replaces who attended an event; the old and new lists are logged for undo. */
export function replaceParticipation(
  ctx: EditContext,
  eventId: string,
  participation: Participation[],
): void {
  if (!findEvent(ctx.db, eventId)) throw new TejidoError('event.notFound', { id: eventId });
  const actorExists = ctx.db.prepare('SELECT 1 FROM actors WHERE id = ?');
  const seen = new Set<string>();
  for (const p of participation) {
    if (p.eventId !== eventId)
      throw new TejidoError('input.invalid', { field: 'participation.eventId' });
    if (!actorExists.get(p.actorId)) throw new TejidoError('actor.notFound', { id: p.actorId });
    if (seen.has(p.actorId))
      throw new TejidoError('input.invalid', { field: 'participation.actorId' });
    seen.add(p.actorId);
  }
  const before = (
    ctx.db.prepare('SELECT * FROM participation WHERE event_id = ?').all(eventId) as Parameters<
      typeof toParticipation
    >[0][]
  ).map(toParticipation);
  ctx.db.prepare('DELETE FROM participation WHERE event_id = ?').run(eventId);
  const insert = ctx.db.prepare(
    'INSERT INTO participation (event_id, actor_id, role) VALUES (?, ?, ?)',
  );
  for (const p of participation) insert.run(eventId, p.actorId, p.role);
  recordChange(ctx, 'participation', eventId, before, participation);
}
