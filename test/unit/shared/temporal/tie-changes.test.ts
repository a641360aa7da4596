import { describe, expect, it } from 'vitest';
import { newAlliances } from '../../../../shared/temporal/new-alliances.ts';
import { tieChangesByPeriod, tieChangesIn } from '../../../../shared/temporal/tie-changes.ts';
import { periodsByYear } from '../../../../shared/temporal/periods.ts';
import { small } from './small-timeline.ts';

const [year2018, year2019] = periodsByYear('2018-01-01', '2019-01-01');

describe('formation and dissolution', () => {
  it('counts spells starting and ending inside each period, a restart forming again', () => {
    const first = tieChangesIn(small, year2018!);
    expect(first.formed.map((c) => `${c.tie.id}@${c.date}`)).toEqual([
      't3@2018-01-01',
      't2@2018-06-01',
      't4@2018-06-01',
      't5@2018-07-01',
    ]);
    expect(first.ended.map((c) => `${c.tie.id}@${c.date}`)).toEqual(['t3@2018-06-01']);
    const second = tieChangesIn(small, year2019!);
    expect(second.formed.map((c) => c.tie.id)).toEqual(['t3']);
    expect(second.ended.map((c) => c.tie.id)).toEqual(['t1', 't4']);
  });

  it('never forms an open start nor ends an open end', () => {
    const always = { label: 'all', start: '1900-01-01', end: null };
    const { formed, ended } = tieChangesIn(small, always);
    expect(formed.filter((c) => c.tie.id === 't1')).toHaveLength(0);
    expect(ended.filter((c) => c.tie.id === 't2')).toHaveLength(0);
  });

  it('breaks formations down by sector pair, as counts and a symmetric matrix', () => {
    const [row] = tieChangesByPeriod(small, [year2018!]);
    expect(row!.formed).toBe(4);
    expect(row!.formedBySectorPair).toEqual({
      'cso|cso': 1,
      'cso|government': 2,
      'donor|government': 1,
    });
    const { sectors, counts } = row!.formedMatrix;
    const at = (a: string, b: string) => counts[sectors.indexOf(a)]![sectors.indexOf(b)];
    expect(at('cso', 'government')).toBe(2);
    expect(at('government', 'cso')).toBe(2);
    expect(at('cso', 'cso')).toBe(1);
  });

  it('lists new alliances, leaving out a second tie of a pair already tied', () => {
    const alliances = newAlliances(small, year2018!);
    expect(alliances.alliances.map((a) => [a.tieId, a.date, a.evidence])).toEqual([
      ['t3', '2018-01-01', 'survey'],
      ['t2', '2018-06-01', 'survey'],
      ['t4', '2018-06-01', 'survey'],
    ]);
    expect(alliances.bySectorPair).toEqual({ 'cso|government': 2, 'donor|government': 1 });
  });

  it('counts a pair that resumes after a break as a new alliance', () => {
    expect(newAlliances(small, year2019!).alliances.map((a) => a.tieId)).toEqual(['t3']);
  });
});
