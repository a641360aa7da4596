import { describe, expect, it } from 'vitest';
import {
  compareInfluence,
  rankOf,
} from '../../../../renderer/features/workshop/influence-comparison.ts';
import type { MapMeasures } from '../../../../shared/map/map-measures.ts';

function measures(
  degree: Record<string, number>,
  betweenness: Record<string, number>,
): MapMeasures {
  return {
    keys: ['degree', 'betweenness'],
    values: new Map([
      ['degree', new Map(Object.entries(degree))],
      ['betweenness', new Map(Object.entries(betweenness))],
    ]),
  };
}

describe('rankOf', () => {
  it('ranks highest first, equal values share a rank, missing values get none', () => {
    const ranks = rankOf(
      new Map([
        ['a', 5],
        ['b', 3],
        ['c', 5],
        ['d', null],
        ['e', 1],
      ]),
    );
    expect(Object.fromEntries(ranks)).toEqual({ a: 1, c: 1, b: 3, e: 4 });
  });
});

describe('compareInfluence', () => {
  // A star: hub h tied to everyone; the room rates the peripheral g as decisive and h low.
  const ids = ['h', 'a', 'b', 'c', 'g', 'x'];
  const degree = { h: 5, a: 1, b: 1, c: 1, g: 1, x: 1 };
  const between = { h: 1, a: 0, b: 0, c: 0, g: 0, x: 0 };
  const rated: Record<string, number | null> = { g: 5, a: 4, b: 3, c: 2, h: 0, x: null };

  it('sets perceived ranks beside degree and betweenness ranks, most influential first', () => {
    const rows = compareInfluence(ids, (id) => rated[id] ?? null, measures(degree, between));
    expect(rows.map((row) => row.actorId)).toEqual(['g', 'a', 'b', 'c', 'h', 'x']);
    expect(rows[0]).toMatchObject({
      influence: 5,
      perceivedRank: 1,
      degreeRank: 2,
      betweennessRank: 2,
    });
    expect(rows.at(-1)).toMatchObject({ influence: null, perceivedRank: null, degreeRank: 2 });
  });

  it('names the gaps: the hub rated last is underrated; no gap where ranks agree', () => {
    const rows = compareInfluence(ids, (id) => rated[id] ?? null, measures(degree, between));
    const gap = Object.fromEntries(rows.map((row) => [row.actorId, row.gap]));
    expect(gap.h).toBe('underrated');
    expect(gap.g).toBeNull();
    expect(gap.x).toBeNull();
  });

  it('calls an actor rated decisive but with the fewest ties overrated', () => {
    const chain = { a: 3, b: 3, c: 2, d: 2, e: 1, f: 1 };
    const rows = compareInfluence(
      Object.keys(chain),
      (id) => (id === 'f' ? 5 : 1),
      measures(chain, {}),
    );
    expect(rows.find((row) => row.actorId === 'f')?.gap).toBe('overrated');
  });
});
