import { describe, expect, it } from 'vitest';
import { defaultComparison } from '../../../../renderer/features/map/default-comparison.ts';

const waves = [{ date: '2019-01-15' }, { date: '2018-01-15' }, { date: '2020-07-01' }];
const range = { first: '2017-01-16', last: '2020-07-01' };

describe('the dates before/after mode opens with', () => {
  it('compares the first wave with the map’s date', () => {
    expect(defaultComparison(waves, '2019-06-01', range)).toEqual(['2018-01-15', '2019-06-01']);
  });

  it('uses the last wave when the map shows every date, and the range without waves', () => {
    expect(defaultComparison(waves, null, range)).toEqual(['2018-01-15', '2020-07-01']);
    expect(defaultComparison([], null, range)).toEqual(['2017-01-16', '2020-07-01']);
  });

  it('falls back to the whole range when the map’s date is not after the first wave', () => {
    expect(defaultComparison(waves, '2018-01-15', range)).toEqual(['2017-01-16', '2020-07-01']);
  });

  it('gives nothing to compare without two distinct dates', () => {
    expect(defaultComparison([], null, null)).toBeNull();
    expect(defaultComparison([], null, { first: '2019-01-01', last: '2019-01-01' })).toBeNull();
  });
});
