import { describe, expect, it } from 'vitest';
import {
  measureInput,
  measureMap,
  measureOf,
  quickMeasures,
} from '../../../../shared/map/map-measures.ts';
import { actor, tie } from './fixtures.ts';

/** A path a – b – c plus an isolate d; the potential tie c – d does not count. */
const actors = ['a', 'b', 'c', 'd'].map((id) => actor(id, 'cso'));
const ties = [
  tie('ab', 'a', 'b', { weight: 2 }),
  tie('bc', 'b', 'c', { type: 'funding', weight: 3 }),
  tie('cd', 'c', 'd', { status: 'potential' }),
];
const measures = measureMap(actors, ties);

describe('map measures', () => {
  it('counts existing ties only, read as undirected', () => {
    expect(measureOf(measures, 'degree', 'b')).toBe(2);
    expect(measureOf(measures, 'degree', 'd')).toBe(0);
  });

  it('adds weights for strength', () => {
    expect(measureOf(measures, 'strength', 'b')).toBe(5);
  });

  it('gives the middle of a path all the betweenness (normalised by pairs)', () => {
    // One pair (a, c) of the three pairs not involving b goes through b.
    expect(measureOf(measures, 'betweenness', 'b')).toBeCloseTo(1 / 3);
    expect(measureOf(measures, 'betweenness', 'a')).toBe(0);
  });

  it('scores closeness Wasserman–Faust style, 0 for an isolate', () => {
    // b reaches 2 of 3 others at total distance 2: (2 / 2) × (2 / 3).
    expect(measureOf(measures, 'closeness', 'b')).toBeCloseTo(2 / 3);
    expect(measureOf(measures, 'closeness', 'd')).toBe(0);
  });

  it('lists only the measures it computed', () => {
    expect(measures.keys).toEqual(
      expect.arrayContaining(['degree', 'strength', 'core', 'betweenness']),
    );
  });
});

describe('the measures input and the quick measures', () => {
  it('keeps existing ties between listed actors as index pairs, without self-loops', () => {
    const input = measureInput(actors, [
      ...ties,
      tie('aa', 'a', 'a'),
      tie('ax', 'a', 'x'),
      tie('ba', 'b', 'a', { weight: 4 }),
    ]);
    expect(input.ids).toEqual(['a', 'b', 'c', 'd']);
    expect([...input.sources]).toEqual([0, 1, 1]);
    expect([...input.targets]).toEqual([1, 2, 0]);
    expect([...input.weights]).toEqual([2, 3, 4]);
  });

  it('gives degree, strength and core as measureMap does, and nothing else', () => {
    const quick = quickMeasures(actors, ties);
    expect(quick.keys).toEqual(['degree', 'strength', 'core']);
    for (const key of quick.keys) expect(quick.values.get(key)).toEqual(measures.values.get(key));
  });
});
