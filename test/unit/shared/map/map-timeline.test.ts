import { describe, expect, it } from 'vitest';
import { Tie } from '../../../../shared/domain/tie.ts';
import { Wave } from '../../../../shared/domain/wave.ts';
import {
  dateInRange,
  daysBetween,
  mapSnapshotAt,
  stepFrom,
  timeRange,
  timeSteps,
} from '../../../../shared/map/map-timeline.ts';
import { readSampleTimeline } from '../temporal/sample-timeline.ts';
import { actor, event, member, tie, timeline } from '../temporal/timeline-fixture.ts';

/**
 * a–b from 2018 to 2019, b–c from 2019 on, a potential c–d from 2020; e joins a group in
 * 2019; i has no date at all; u and v are tied with no spells (always).
 */
const potential = Tie.parse({
  ...tie('cd', 'c', 'd', ['2020-01-01', null]),
  status: 'potential',
});
const data = timeline({
  actors: ['a', 'b', 'c', 'd', 'e', 'i', 'u', 'v'].map((id) => actor(id, 'cso')),
  ties: [
    tie('ab', 'a', 'b', ['2018-01-01', '2019-01-01']),
    tie('bc', 'b', 'c', ['2019-01-01', null]),
    potential,
    tie('uv', 'u', 'v'),
  ],
  members: [member('g1', 'e', '2019-06-01', '2021-03-01')],
  events: [event('e2', '2019-03-10'), event('e1', '2018-05-05'), event('e3', '2019-03-10')],
  waves: [
    Wave.parse({ id: 'w2', name: 'Two', date: '2020-01-15', description: '' }),
    Wave.parse({ id: 'w1', name: 'One', date: '2018-01-15', description: '' }),
  ],
});
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

describe('the map at a date', () => {
  it('keeps the ties active that day and the actors present, potential ties included', () => {
    const at2018 = mapSnapshotAt(data, '2018-06-01');
    expect(ids(at2018.ties)).toEqual(['ab', 'uv']);
    expect(ids(at2018.actors)).toEqual(['a', 'b', 'i', 'u', 'v']);
    const at2020 = mapSnapshotAt(data, '2020-02-01');
    expect(ids(at2020.ties)).toEqual(['bc', 'cd', 'uv']);
    expect(ids(at2020.actors)).toEqual(['b', 'c', 'd', 'e', 'i', 'u', 'v']);
  });

  it('keeps an undated actor at every date, and the whole project without a date', () => {
    expect(ids(mapSnapshotAt(data, '1990-01-01').actors)).toEqual(['i', 'u', 'v']);
    const all = mapSnapshotAt(data, null);
    expect(all.actors).toHaveLength(8);
    expect(all.ties).toHaveLength(4);
  });

  it('treats a spell’s end as the first day without the tie', () => {
    expect(ids(mapSnapshotAt(data, '2018-12-31').ties)).toContain('ab');
    expect(ids(mapSnapshotAt(data, '2019-01-01').ties)).not.toContain('ab');
  });
});

describe('the time range and its steps', () => {
  it('spans every recorded date, spell ends and membership ends included', () => {
    expect(timeRange(data)).toEqual({ first: '2018-01-01', last: '2021-03-01' });
    expect(timeRange(timeline({ actors: [actor('a', null)] }))).toBeNull();
  });

  it('steps by wave, by event (one step per day) and by month', () => {
    const range = timeRange(data);
    expect(timeSteps(data, 'wave', range)).toEqual(['2018-01-15', '2020-01-15']);
    expect(timeSteps(data, 'event', range)).toEqual(['2018-05-05', '2019-03-10']);
    const months = timeSteps(data, 'month', range);
    expect(months[0]).toBe('2018-01-01');
    expect(months.at(-1)).toBe('2021-03-01');
    expect(months).toHaveLength(39);
  });

  it('moves to the next or previous step, or stops at the ends', () => {
    const steps = ['2018-01-15', '2019-01-15', '2020-01-15'];
    expect(stepFrom(steps, '2018-06-01', 1)).toBe('2019-01-15');
    expect(stepFrom(steps, '2019-01-15', 1)).toBe('2020-01-15');
    expect(stepFrom(steps, '2019-01-15', -1)).toBe('2018-01-15');
    expect(stepFrom(steps, '2018-06-01', -1)).toBe('2018-01-15');
    expect(stepFrom(steps, '2020-01-15', 1)).toBeNull();
    expect(stepFrom(steps, '2017-01-01', -1)).toBeNull();
    expect(stepFrom(steps, null, 1)).toBe('2018-01-15');
    expect(stepFrom(steps, null, -1)).toBe('2020-01-15');
    expect(stepFrom([], null, 1)).toBeNull();
  });

  it('turns slider positions into days, clamped to the range', () => {
    const range = { first: '2019-12-30', last: '2020-03-01' };
    expect(daysBetween(range.first, range.last)).toBe(62);
    expect(dateInRange(range, 3)).toBe('2020-01-02');
    expect(dateInRange(range, 61)).toBe('2020-02-29');
    expect(dateInRange(range, 500)).toBe('2020-03-01');
    expect(dateInRange(range, -4)).toBe('2019-12-30');
  });
});

describe('the sample project over time', () => {
  const sample = readSampleTimeline();
  it('grows between the first and the last wave', () => {
    const [first, last] = [
      mapSnapshotAt(sample, '2018-01-15'),
      mapSnapshotAt(sample, '2020-07-01'),
    ];
    expect(last.ties.length).toBeGreaterThan(first.ties.length);
    expect(first.actors.length).toBeLessThanOrEqual(72);
    expect(timeSteps(sample, 'wave', timeRange(sample))).toEqual([
      '2018-01-15',
      '2019-01-15',
      '2020-01-15',
      '2020-07-01',
    ]);
  });
});
