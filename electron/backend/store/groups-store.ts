import { randomUUID } from 'node:crypto';
import { TejidoError } from '../../../shared/api/errors.ts';
import { Group, GroupMember } from '../../../shared/domain/group.ts';
import type { ProjectDb } from '../project/project-file.ts';
import { recordChange, type EditContext } from './change-log.ts';
import { parseRow } from './row-json.ts';

interface MemberRow {
  group_id: string;
  actor_id: string;
  joined: string | null;
  left: string | null;
}

function toMember(row: MemberRow): GroupMember {
  const member = {
    groupId: row.group_id,
    actorId: row.actor_id,
    joined: row.joined,
    left: row.left,
  };
  return parseRow(GroupMember, member, 'group_members', `${row.group_id}/${row.actor_id}`);
}

export function listGroups(db: ProjectDb): { groups: Group[]; members: GroupMember[] } {
  const groups = (db.prepare('SELECT * FROM groups ORDER BY name, id').all() as Group[]).map(
    (row) => parseRow(Group, row, 'groups', row.id),
  );
  const members = (
    db.prepare('SELECT * FROM group_members ORDER BY group_id, rowid').all() as MemberRow[]
  ).map(toMember);
  return { groups, members };
}

function findGroup(db: ProjectDb, id: string): Group | null {
  const row = db.prepare('SELECT * FROM groups WHERE id = ?').get(id) as Group | undefined;
  return row ? parseRow(Group, row, 'groups', row.id) : null;
}

export function upsertGroup(ctx: EditContext, draft: Omit<Group, 'id'> & { id?: string }): Group {
  const group = Group.parse({ ...draft, id: draft.id ?? randomUUID() });
  const before = findGroup(ctx.db, group.id);
  ctx.db
    .prepare(
      `INSERT INTO groups (id, name, kind, description) VALUES (@id, @name, @kind, @description)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
         description = excluded.description`,
    )
    .run(group);
  recordChange(ctx, 'group', group.id, before, group);
  return group;
}

export function deleteGroup(ctx: EditContext, id: string): void {
  const before = findGroup(ctx.db, id);
  if (!before) throw new TejidoError('group.notFound', { id });
  replaceMembers(ctx, id, []);
  ctx.db.prepare('DELETE FROM groups WHERE id = ?').run(id);
  recordChange(ctx, 'group', id, before, null);
}

/** Replaces the whole membership list of a group; each removed and added row is logged. */
export function replaceMembers(ctx: EditContext, groupId: string, members: GroupMember[]): void {
  if (!findGroup(ctx.db, groupId)) throw new TejidoError('group.notFound', { id: groupId });
  const before = (
    ctx.db.prepare('SELECT * FROM group_members WHERE group_id = ?').all(groupId) as MemberRow[]
  ).map(toMember);
  const actorExists = ctx.db.prepare('SELECT 1 FROM actors WHERE id = ?');
  for (const member of members) {
    if (member.groupId !== groupId) {
      throw new TejidoError('input.invalid', { field: 'members.groupId' });
    }
    if (!actorExists.get(member.actorId)) {
      throw new TejidoError('actor.notFound', { id: member.actorId });
    }
  }
  ctx.db.prepare('DELETE FROM group_members WHERE group_id = ?').run(groupId);
  const insert = ctx.db.prepare(
    'INSERT INTO group_members (group_id, actor_id, joined, left) VALUES (?, ?, ?, ?)',
  );
  for (const m of members) insert.run(groupId, m.actorId, m.joined, m.left);
  recordChange(ctx, 'groupMembers', groupId, before, members);
}
