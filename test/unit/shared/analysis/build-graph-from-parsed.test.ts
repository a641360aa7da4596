import { describe, expect, it } from 'vitest';
import { buildGraphFromParsed } from '../../../../shared/analysis/build-graph-from-parsed.ts';
import { dateRange, isWithinDates } from '../../../../shared/analysis/date-range.ts';
import { Group, GroupMember } from '../../../../shared/domain/group.ts';
import { groupsAt } from '../../../../shared/analysis/groups-at.ts';
import {
  emptyNetwork,
  type ParsedActor,
  type ParsedNetwork,
  type ParsedTie,
} from '../../../../shared/formats/parsed-network.ts';
import { analyze } from '../../../../shared/metrics/analyze.ts';
import { MeasureError } from '../../../../shared/metrics/measure-error.ts';

const origin = { file: 'test.csv' };

function actor(id: string, name = id): ParsedActor {
  return { id, name, sector: null, kind: null, region: null, attributes: {}, origin };
}

function tie(source: string, target: string, extra: Partial<ParsedTie> = {}): ParsedTie {
  return {
    id: null,
    source,
    target,
    endsBy: 'id',
    type: null,
    directed: null,
    weight: 1,
    status: 'existing',
    spells: [],
    evidence: null,
    note: '',
    relation: null,
    attributes: {},
    origin,
    ...extra,
  };
}

function network(actors: ParsedActor[], ties: ParsedTie[], directed: boolean | null = null) {
  const result: ParsedNetwork = { ...emptyNetwork('csv'), actors, ties, directed };
  return result;
}

describe('buildGraphFromParsed', () => {
  it('keeps ids as written and isolates of the nodes file', () => {
    const { graph } = buildGraphFromParsed(
      network([actor('12', 'Señora Peña'), actor('3'), actor('lonely')], [tie('12', '3')]),
    );
    expect(graph.nodes()).toEqual(['12', '3', 'lonely']);
    expect(graph.getNodeAttribute('12', 'label')).toBe('Señora Peña');
    expect(graph.degree('lonely')).toBe(0);
  });

  it('adds an actor named only by a tie, and matches ends given by name', () => {
    const { graph } = buildGraphFromParsed(
      network([actor('1', 'Ana')], [tie('Ana', 'Beto', { endsBy: 'name' })]),
    );
    expect(graph.hasEdge('1', 'Beto')).toBe(true);
  });

  it('follows the file direction, and the flags when given', () => {
    const data = network([actor('a'), actor('b')], [tie('a', 'b')], true);
    expect(buildGraphFromParsed(data).selection.directed).toBe(true);
    const undirected = buildGraphFromParsed(data, { direction: 'undirected' });
    expect(undirected.selection).toMatchObject({
      directed: false,
      directionReason: 'forced-undirected',
    });
  });

  it('uses an attribute as weight and lets the engine refuse a non-numeric one', () => {
    const good = buildGraphFromParsed(
      network([actor('a'), actor('b')], [tie('a', 'b', { attributes: { horas: 4 } })]),
      { weight: { from: 'attribute', name: 'horas' } },
    );
    expect(good.selection.weight).toBe('horas');
    expect(analyze(good.graph, { weight: 'horas' }).nodes[0]?.strength).toBe(4);
    const bad = buildGraphFromParsed(
      network([actor('a'), actor('b')], [tie('a', 'b', { attributes: { horas: 'muchas' } })]),
      { weight: { from: 'attribute', name: 'horas' } },
    );
    expect(() => analyze(bad.graph, { weight: 'horas' })).toThrow(MeasureError);
  });

  it('leaves potential ties and ties inactive on the day out', () => {
    const data = network(
      [actor('a'), actor('b'), actor('c')],
      [
        tie('a', 'b', { status: 'potential' }),
        tie('b', 'c', { spells: [{ start: '2020-01-01', end: '2021-01-01' }] }),
      ],
    );
    expect(buildGraphFromParsed(data).graph.size).toBe(1);
    expect(buildGraphFromParsed(data, { at: '2022-01-01' }).graph.size).toBe(0);
  });
});

describe('dateRange', () => {
  it('spans the earliest start to the latest end, open when a spell is', () => {
    const spells = [
      { start: '2019-01-01', end: '2019-06-01' },
      { start: '2018-05-01', end: '2020-01-01' },
    ];
    expect(dateRange(spells)).toEqual({ first: '2018-05-01', last: '2020-01-01' });
    expect(dateRange([...spells, { start: '2019-02-01', end: null }])?.last).toBeNull();
    expect(dateRange([{ start: null, end: null }])).toBeNull();
    expect(isWithinDates('2020-01-01', { first: '2018-05-01', last: '2020-01-01' })).toBe(false);
    expect(isWithinDates('2019-12-31', { first: '2018-05-01', last: '2020-01-01' })).toBe(true);
  });
});

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
