import { describe, expect, it } from 'vitest';
import { groupsAt } from '../../../../shared/analysis/groups-at.ts';
import { Group, GroupMember } from '../../../../shared/domain/group.ts';

describe('groupsAt', () => {
  it('counts only memberships in force on the day', () => {
    const groups = [
      Group.parse({ id: 'g1', name: 'CA 1', kind: 'learning_community', description: '' }),
    ];
    const members = [
      { groupId: 'g1', actorId: 'a', joined: '2018-01-01', left: null },
      { groupId: 'g1', actorId: 'b', joined: '2019-01-01', left: '2019-06-01' },
    ].map((member) => GroupMember.parse(member));
    expect(groupsAt(groups, members, '2020-01-01')).toEqual({ g1: ['a'] });
    expect(groupsAt(groups, members, null, 'name')).toEqual({ 'CA 1': ['a', 'b'] });
  });
});
