import { describe, expect, it } from 'vitest';
import { dateRange, isWithinDates } from '../../../../shared/analysis/date-range.ts';

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
