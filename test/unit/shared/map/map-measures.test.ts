import { describe, expect, it } from 'vitest';
import {
  measureInput,
  measureMap,
  measureOf,
  quickMeasures,
} from '../../../../shared/map/map-measures.ts';
import { mapSnapshotAt } from '../../../../shared/map/map-timeline.ts';
import { readSampleTimeline } from '../temporal/sample-timeline.ts';
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

  it('gives degree and strength as measureMap does, and nothing else', () => {
    const quick = quickMeasures(actors, ties);
    expect(quick.keys).toEqual(['degree', 'strength']);
    for (const key of quick.keys) expect(quick.values.get(key)).toEqual(measures.values.get(key));
  });

  it('counts a parallel tie once for degree and its weight again for strength', () => {
    const multi = [
      ...ties,
      tie('ab2', 'a', 'b', { weight: 5 }),
      tie('ba', 'b', 'a', { weight: 1 }),
      tie('bb', 'b', 'b', { weight: 7 }),
      tie('ad', 'a', 'd', { weight: 2 }),
    ];
    const full = measureMap(actors, multi);
    const quick = quickMeasures(actors, multi);
    expect(measureOf(quick, 'degree', 'a')).toBe(2);
    expect(measureOf(quick, 'strength', 'a')).toBe(10);
    for (const key of quick.keys) expect(quick.values.get(key)).toEqual(full.values.get(key));
  });

  it('agrees with measureMap on the sample project at every wave', () => {
    const data = readSampleTimeline();
    for (const wave of [null, ...data.waves.map((w) => w.date)]) {
      const snapshot = mapSnapshotAt(data, wave);
      const full = measureMap(snapshot.actors, snapshot.ties);
      const quick = quickMeasures(snapshot.actors, snapshot.ties);
      for (const key of quick.keys) expect(quick.values.get(key)).toEqual(full.values.get(key));
    }
  });
});
