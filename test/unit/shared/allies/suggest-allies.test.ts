import { describe, expect, it } from 'vitest';
import { suggestAllies } from '../../../../shared/allies/suggest-allies.ts';
import { MeasureError } from '../../../../shared/metrics/measure-error.ts';
import { tinyNetwork } from './tiny-network.ts';

const codesOf = (suggestion: { reasons: { code: string }[] }): string[] =>
  suggestion.reasons.map((reason) => reason.code);

describe('suggestAllies', () => {
  it('closes the triangle with the most shared partners first, with Adamic–Adar behind it', () => {
    // a–b, b–c, a–e, e–c, b–d: c shares b and e with a; d shares only b.
    const snapshot = tinyNetwork(
      [
        ['a', 'cso'],
        ['b', 'cso'],
        ['c', 'cso'],
        ['d', 'cso'],
        ['e', 'cso'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'e'],
        ['e', 'c'],
        ['b', 'd'],
      ],
    );
    const [first, second, ...rest] = suggestAllies(snapshot, 'a');
    expect(rest).toEqual([]);
    expect(first!.actorId).toBe('c');
    // Adamic–Adar: 1/ln 3 (b has 3 ties) + 1/ln 2 (e has 2) = 2.353.
    expect(first!.reasons).toEqual([
      {
        code: 'sharedPartners',
        params: { count: 2, adamicAdar: 2.353 },
        weight: 1,
        actors: ['b', 'e'],
      },
    ]);
    expect(first!.score).toBe(1);
    expect(second!.actorId).toBe('d');
    const adamicAdar = 1 / Math.log(3) / (1 / Math.log(3) + 1 / Math.log(2));
    expect(second!.score).toBeCloseTo(0.5 * (1 / 2) + 0.5 * adamicAdar, 12);
  });

  it('adds a sector gap for a government body when the actor reaches no government yet', () => {
    const snapshot = tinyNetwork(
      [
        ['a', 'cso'],
        ['b', 'cso'],
        ['c', 'cso'],
        ['g', 'government'],
        ['x', 'donor'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['b', 'g'],
      ],
    );
    const suggestions = suggestAllies(snapshot, 'a');
    expect(suggestions.map((item) => item.actorId)).toEqual(['g', 'c', 'x']);
    expect(codesOf(suggestions[0]!)).toEqual(['sharedPartners', 'sectorGap']);
    expect(suggestions[0]!.reasons[1]).toEqual({
      code: 'sectorGap',
      params: { sector: 'government' },
      weight: 0.3,
      actors: [],
    });
    // An isolated donor: a sector gap, but not a bridge to "a part of the network".
    expect(codesOf(suggestions[2]!)).toEqual(['sectorGap']);
  });

  it('sees no gap for a sector the actor already reaches, nor for its own sector', () => {
    const snapshot = tinyNetwork(
      [
        ['a', 'government'],
        ['b', 'cso'],
        ['g', 'government'],
        ['h', 'government'],
      ],
      [
        ['a', 'b'],
        ['b', 'g'],
        ['b', 'h'],
      ],
    );
    const suggestions = suggestAllies(snapshot, 'a', { gapSectors: ['government', 'cso'] });
    expect(suggestions.map(codesOf)).toEqual([['sharedPartners'], ['sharedPartners']]);
  });

  it('points at bridges to another component and to far parts of its own', () => {
    // a–b–c–d and, apart, e–f–g.
    const snapshot = tinyNetwork(
      [
        ['a', 'cso'],
        ['b', 'cso'],
        ['c', 'cso'],
        ['d', 'cso'],
        ['e', 'cso'],
        ['f', 'cso'],
        ['g', 'cso'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['e', 'f'],
        ['f', 'g'],
      ],
    );
    const byId = new Map(suggestAllies(snapshot, 'a').map((item) => [item.actorId, item]));
    expect(codesOf(byId.get('c')!)).toEqual(['sharedPartners']);
    expect(byId.get('d')!.reasons).toEqual([
      { code: 'farAway', params: { distance: 3 }, weight: 0.05, actors: [] },
    ]);
    for (const id of ['e', 'f', 'g']) {
      expect(byId.get(id)!.reasons).toEqual([
        { code: 'otherComponent', params: { componentSize: 3 }, weight: 0.1, actors: [] },
      ]);
    }
  });

  it('counts potential ties marked by others, and a potential tie of its own apart', () => {
    const snapshot = tinyNetwork(
      [
        ['a', 'cso'],
        ['b', 'cso'],
        ['c', 'cso'],
        ['d', 'cso'],
        ['x', 'cso'],
        ['y', 'cso'],
      ],
      [
        ['a', 'b'],
        { source: 'x', target: 'c', status: 'potential' },
        { source: 'c', target: 'y', status: 'potential' },
        { source: 'a', target: 'd', status: 'potential' },
      ],
    );
    const suggestions = suggestAllies(snapshot, 'a');
    expect(suggestions.map((item) => item.actorId)).toEqual(['d', 'c', 'x', 'y']);
    expect(suggestions[0]!.reasons).toEqual([
      { code: 'potentialPair', params: {}, weight: 0.6, actors: [] },
    ]);
    expect(suggestions[1]!.reasons).toEqual([
      {
        code: 'potentialByOthers',
        params: { count: 2 },
        weight: (0.4 * 2) / 3,
        actors: ['x', 'y'],
      },
    ]);
  });

  it('lifts influential supporters only', () => {
    const snapshot = tinyNetwork(
      [
        ['a', 'cso'],
        ['c', 'cso'],
        ['e', 'cso'],
        ['f', 'cso'],
      ],
      [],
    );
    const ratings = new Map([
      ['c', { influence: 4, stance: 'supports' as const }],
      ['e', { influence: 5, stance: 'opposes' as const }],
      ['f', { influence: 2, stance: 'supports' as const }],
    ]);
    const suggestions = suggestAllies(snapshot, 'a', { ratings });
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]!.reasons).toEqual([
      { code: 'influentialSupporter', params: { influence: 4 }, weight: (0.4 * 4) / 5, actors: [] },
    ]);
  });

  it('orders equal scores by name, then id, whatever the order of the input', () => {
    const actors = [
      ['a', 'cso'],
      ['g3', 'donor', 'Zeta'],
      ['g2', 'donor', 'Alfa'],
      ['g1', 'donor', 'Alfa'],
    ] as const;
    const first = suggestAllies(tinyNetwork(actors, []), 'a');
    const reversed = suggestAllies(tinyNetwork([...actors].reverse(), []), 'a');
    expect(first.map((item) => item.actorId)).toEqual(['g1', 'g2', 'g3']);
    expect(reversed).toEqual(first);
  });

  it('reads only the ties active at the date and leaves out current partners', () => {
    const snapshot = tinyNetwork(
      [
        ['a', 'cso'],
        ['b', 'cso'],
        ['c', 'cso'],
      ],
      [
        { source: 'a', target: 'b', start: '2018-01-01' },
        { source: 'b', target: 'c', start: '2019-01-01' },
      ],
    );
    expect(suggestAllies(snapshot, 'a', { at: '2018-06-01' })).toEqual([]);
    expect(suggestAllies(snapshot, 'a', { at: '2019-06-01' }).map((item) => item.actorId)).toEqual([
      'c',
    ]);
  });

  it('refuses an actor that is not in the network', () => {
    const snapshot = tinyNetwork([['a', 'cso']], []);
    expect(() => suggestAllies(snapshot, 'zz')).toThrow(MeasureError);
  });
});
