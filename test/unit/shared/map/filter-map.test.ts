import { describe, expect, it } from 'vitest';
import type { GroupMember } from '../../../../shared/domain/group.ts';
import type { z } from 'zod';
import { MapFilters, NO_FILTERS } from '../../../../shared/domain/view.ts';
import { countByKey, filterMap, withinSteps } from '../../../../shared/map/filter-map.ts';
import { measureMap } from '../../../../shared/map/map-measures.ts';
import { actor, tie } from './fixtures.ts';

/** A path a – b – c – d – e, plus an isolate i; sectors alternate, e is potential-linked. */
const actors = [
  actor('a', 'cso', { region: 'Sonora' }),
  actor('b', 'government', { region: 'Sonora' }),
  actor('c', 'cso', { region: 'Baja California' }),
  actor('d', 'donor'),
  actor('e', null),
  actor('i', 'cso'),
];
const ties = [
  tie('ab', 'a', 'b'),
  tie('bc', 'b', 'c', { type: 'funding' }),
  tie('cd', 'c', 'd'),
  tie('de', 'd', 'e', { status: 'potential' }),
];
const members = [
  { groupId: 'g1', actorId: 'a', joined: '2019-01-01', left: null },
  { groupId: 'g1', actorId: 'b', joined: '2019-01-01', left: '2019-06-01' },
  { groupId: 'g1', actorId: 'c', joined: '2020-01-01', left: null },
] as GroupMember[];
const measures = measureMap(actors, ties);
const input = { actors, ties, members, date: '2019-03-01', measures };

function shown(filters: Partial<z.input<typeof MapFilters>>) {
  const result = filterMap(input, MapFilters.parse({ ...NO_FILTERS, ...filters }));
  return {
    actors: [...result.actorIds].sort(),
    ties: [...result.tieIds].sort(),
    counts: result.counts,
  };
}

describe('map filters', () => {
  it('shows everything without filters, isolates included', () => {
    expect(shown({}).actors).toEqual(['a', 'b', 'c', 'd', 'e', 'i']);
    expect(shown({}).counts).toEqual({ actors: 6, ties: 4, totalActors: 6, totalTies: 4 });
  });

  it('hides other sectors and every tie that loses an end', () => {
    expect(shown({ sectors: ['cso'] })).toMatchObject({ actors: ['a', 'c', 'i'], ties: [] });
  });

  it('matches actors without a sector with the empty key', () => {
    expect(shown({ sectors: [''] }).actors).toEqual(['e']);
  });

  it('filters ties by type and by status, keeping their actors', () => {
    expect(shown({ tieTypes: ['funding'] })).toMatchObject({ ties: ['bc'] });
    expect(shown({ tieTypes: ['funding'] }).actors).toHaveLength(6);
    expect(shown({ statuses: ['potential'] }).ties).toEqual(['de']);
  });

  it('filters by region', () => {
    expect(shown({ regions: ['Sonora'] })).toMatchObject({ actors: ['a', 'b'], ties: ['ab'] });
  });

  it('counts group membership at the map date only', () => {
    expect(shown({ groups: ['g1'] }).actors).toEqual(['a', 'b']);
    const later = filterMap(
      { ...input, date: '2020-02-01' },
      MapFilters.parse({ ...NO_FILTERS, groups: ['g1'] }),
    );
    expect([...later.actorIds].sort()).toEqual(['a', 'c']);
  });

  it('keeps actors at or above a minimum measure (degree counts existing ties only)', () => {
    expect(shown({ minMeasure: { measure: 'degree', value: 2 } }).actors).toEqual(['b', 'c']);
  });

  it('shows an ego network of one or two steps', () => {
    expect(shown({ ego: { actorId: 'c', steps: 1 } })).toMatchObject({
      actors: ['b', 'c', 'd'],
      ties: ['bc', 'cd'],
    });
    expect(shown({ ego: { actorId: 'c', steps: 2 } }).actors).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('walks the ego network over the ties other filters left', () => {
    const result = shown({ ego: { actorId: 'c', steps: 2 }, statuses: ['existing'] });
    expect(result.actors).toEqual(['a', 'b', 'c', 'd']);
    expect(result.counts).toMatchObject({ actors: 4, ties: 3, totalActors: 6, totalTies: 4 });
  });

  it('ignores an ego actor who is not in the network', () => {
    expect(shown({ ego: { actorId: 'zz', steps: 1 } }).actors).toHaveLength(6);
  });

  it('reaches along ties in both directions', () => {
    expect([...withinSteps('b', 1, [tie('ab', 'a', 'b')])].sort()).toEqual(['a', 'b']);
  });

  it('takes several values of one filter at once (any of them)', () => {
    expect(shown({ sectors: ['cso', 'government'] })).toMatchObject({
      actors: ['a', 'b', 'c', 'i'],
      ties: ['ab', 'bc'],
    });
    expect(shown({ sectors: ['donor', ''] })).toMatchObject({ actors: ['d', 'e'], ties: ['de'] });
    expect(shown({ tieTypes: ['funding', 'collaboration'] }).ties).toEqual([
      'ab',
      'bc',
      'cd',
      'de',
    ]);
    expect(shown({ statuses: ['existing', 'potential'] }).ties).toHaveLength(4);
    expect(shown({ regions: ['Sonora', 'Baja California'] }).actors).toEqual(['a', 'b', 'c']);
  });

  it('combines several filters with "and", each with its own choices', () => {
    const result = shown({ sectors: ['cso', 'government', 'donor'], tieTypes: ['collaboration'] });
    expect(result).toMatchObject({ actors: ['a', 'b', 'c', 'd', 'i'], ties: ['ab', 'cd'] });
    expect(result.counts).toEqual({ actors: 5, ties: 2, totalActors: 6, totalTies: 4 });
  });

  it('hides everything for an empty list, unlike no restriction (null)', () => {
    expect(shown({ sectors: [] }).counts).toMatchObject({ actors: 0, ties: 0 });
    expect(shown({ sectors: null }).counts).toMatchObject({ actors: 6, ties: 4 });
  });

  it('counts the values beside each choice', () => {
    expect(Object.fromEntries(countByKey(actors, (a) => a.sector ?? ''))).toEqual({
      cso: 3,
      government: 1,
      donor: 1,
      '': 1,
    });
    expect(countByKey([], (x: string) => x).size).toBe(0);
  });
});
