import type { Group, GroupMember } from '../domain/group.ts';
import { isActiveAt } from '../temporal/tie-spells.ts';

/**
 * Members of each group on a day (membership [joined, left) in force then), or every member
 * ever when `at` is null; keyed by group id, or by name with `key: 'name'` (the CLI).
 */
export function groupsAt(
  groups: readonly Group[],
  members: readonly GroupMember[],
  at: string | null,
  key: 'id' | 'name' = 'id',
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const keyOf = new Map(groups.map((group) => [group.id, key === 'id' ? group.id : group.name]));
  for (const group of groups) result[keyOf.get(group.id)!] = [];
  for (const member of members) {
    const name = keyOf.get(member.groupId);
    if (name === undefined) continue;
    if (at !== null && !isActiveAt([{ start: member.joined, end: member.left }], at)) continue;
    result[name]!.push(member.actorId);
  }
  return result;
}
