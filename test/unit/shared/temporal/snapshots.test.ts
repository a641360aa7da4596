import { describe, expect, it } from 'vitest';
import { isActiveAt } from '../../../../shared/temporal/tie-spells.ts';
import {
  actorsPresentAt,
  snapshotAt,
  snapshotDuring,
} from '../../../../shared/temporal/snapshots.ts';
import { small } from './small-timeline.ts';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

describe('snapshots', () => {
  it('keeps the ties a hand filter of the spells keeps, on every day of the story', () => {
    for (const day of ['2017-01-01', '2018-05-31', '2018-06-01', '2018-07-01', '2019-01-01']) {
      const byHand = small.ties.filter((tie) => isActiveAt(tie.spells, day));
      expect(ids(snapshotAt(small, day).ties)).toEqual(ids(byHand));
    }
  });

  it('reads touching spells as half-open: the day one ends and another starts has only the new one', () => {
    expect(ids(snapshotAt(small, '2018-05-31').ties)).toEqual(['t1', 't3']);
    expect(ids(snapshotAt(small, '2018-06-01').ties)).toEqual(['t1', 't2', 't4']);
  });

  it('counts a tie that ended and restarted only while one of its spells runs', () => {
    expect(ids(snapshotAt(small, '2018-12-31').ties)).not.toContain('t3');
    expect(ids(snapshotAt(small, '2019-01-01').ties)).toEqual(['t2', 't3', 't5']);
  });

  it('keeps open-ended spells at the ends of time', () => {
    expect(ids(snapshotAt(small, '1990-01-01').ties)).toEqual(['t1']);
    expect(ids(snapshotAt(small, '2050-01-01').ties)).toEqual(['t2', 't3', 't5']);
  });

  it('makes present the actors with an active tie or a membership in force', () => {
    expect([...actorsPresentAt(small, '2018-06-01')].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([...actorsPresentAt(small, '2019-01-01')].sort()).toEqual(['a', 'b', 'c']);
    expect(ids(snapshotAt(small, '2019-01-01', { actors: 'all' }).actors)).toHaveLength(5);
  });

  it('gives a period every tie active at some moment of it', () => {
    const period = { label: '2nd half', start: '2018-06-01', end: '2019-01-01' };
    expect(ids(snapshotDuring(small, period).ties)).toEqual(['t1', 't2', 't4', 't5']);
  });
});
