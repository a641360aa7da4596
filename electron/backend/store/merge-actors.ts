import { TejidoError } from '../../../shared/api/errors.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { deleteActor, findActor, upsertActor } from './actors-store.ts';
import { recordChange, type EditContext } from './change-log.ts';
import { listTiesOf, upsertTie } from './ties-store.ts';

/**
 * Merges a duplicate into the actor to keep: its ties, memberships and attendance move over,
 * fields the kept actor lacks are filled from it, and its name (and former names) become
 * aliases, so the next import that spells it that way lands on the kept actor.
 */
export function mergeActors(ctx: EditContext, keepId: string, mergeId: string): Actor {
  if (keepId === mergeId) throw new TejidoError('input.invalid', { field: 'mergeId' });
  const keep = findActor(ctx.db, keepId);
  const merge = findActor(ctx.db, mergeId);
  if (!keep) throw new TejidoError('actor.notFound', { id: keepId });
  if (!merge) throw new TejidoError('actor.notFound', { id: mergeId });

  for (const tie of listTiesOf(ctx.db, mergeId)) {
    upsertTie(ctx, {
      ...tie,
      source: tie.source === mergeId ? keepId : tie.source,
      target: tie.target === mergeId ? keepId : tie.target,
    });
  }
  moveMemberships(ctx, keepId, mergeId);
  moveAttendance(ctx, keepId, mergeId);
  const aliases = [merge.name, ...aliasesOf(ctx, mergeId)].filter((name) => name !== keep.name);
  const kept = upsertActor(ctx, {
    ...keep,
    sector: keep.sector ?? merge.sector,
    region: keep.region ?? merge.region,
    attributes: { ...merge.attributes, ...keep.attributes },
    notes: [keep.notes, merge.notes].filter(Boolean).join('\n\n'),
  });
  deleteActor(ctx, mergeId, false);
  const addAlias = ctx.db.prepare(
    'INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)',
  );
  for (const alias of aliases) {
    if (addAlias.run(keepId, alias).changes > 0) {
      recordChange(ctx, 'alias', keepId, null, { actorId: keepId, alias });
    }
  }
  return kept;
}

function aliasesOf(ctx: EditContext, actorId: string): string[] {
  return ctx.db
    .prepare('SELECT alias FROM actor_aliases WHERE actor_id = ?')
    .pluck()
    .all(actorId) as string[];
}

function moveMemberships(ctx: EditContext, keepId: string, mergeId: string): void {
  const rows = ctx.db
    .prepare('SELECT rowid, group_id, joined, left FROM group_members WHERE actor_id = ?')
    .all(mergeId) as {
    rowid: number;
    group_id: string;
    joined: string | null;
    left: string | null;
  }[];
  for (const row of rows) {
    const before = { groupId: row.group_id, actorId: mergeId, joined: row.joined, left: row.left };
    ctx.db.prepare('UPDATE group_members SET actor_id = ? WHERE rowid = ?').run(keepId, row.rowid);
    recordChange(ctx, 'groupMember', `${row.group_id}/${mergeId}`, before, {
      ...before,
      actorId: keepId,
    });
  }
}

function moveAttendance(ctx: EditContext, keepId: string, mergeId: string): void {
  const rows = ctx.db
    .prepare('SELECT event_id, role FROM participation WHERE actor_id = ?')
    .all(mergeId) as { event_id: string; role: string }[];
  for (const row of rows) {
    ctx.db
      .prepare('INSERT OR IGNORE INTO participation (event_id, actor_id, role) VALUES (?, ?, ?)')
      .run(row.event_id, keepId, row.role);
    ctx.db
      .prepare('DELETE FROM participation WHERE event_id = ? AND actor_id = ?')
      .run(row.event_id, mergeId);
    const before = { eventId: row.event_id, actorId: mergeId, role: row.role };
    recordChange(ctx, 'attendance', `${row.event_id}/${mergeId}`, before, {
      ...before,
      actorId: keepId,
    });
  }
}
