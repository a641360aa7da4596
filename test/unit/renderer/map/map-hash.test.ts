import { describe, expect, it } from 'vitest';
import { readMapHash, writeMapHash } from '../../../../renderer/features/map/map-hash.ts';
import { screenFromHash } from '../../../../renderer/app/screens.ts';

describe('the Map screen’s address', () => {
  it('reads the date and the compared dates', () => {
    expect(readMapHash('#/map?date=2019-01-15')).toEqual({ date: '2019-01-15' });
    expect(readMapHash('#/map?date=all')).toEqual({ date: null });
    expect(readMapHash('#/map?compare=2018-01-01,2020-01-01')).toEqual({
      compare: ['2018-01-01', '2020-01-01'],
    });
    expect(readMapHash('#/map?compare=2020-01-01,2018-01-01&date=2019-05-05')).toEqual({
      date: '2019-05-05',
      compare: ['2018-01-01', '2020-01-01'],
    });
  });

  it('ignores malformed parameters', () => {
    expect(readMapHash('#/map')).toEqual({});
    expect(readMapHash('#/map?date=2019-02-30')).toEqual({});
    expect(readMapHash('#/map?compare=2018-01-01')).toEqual({});
    expect(readMapHash('#/map?compare=2018-01-01,2018-01-01')).toEqual({});
    expect(readMapHash('#/map?compare=2018-01-01,2019-01-01,2020-01-01')).toEqual({});
    expect(readMapHash('#/map?compare=<script>,2019-01-01')).toEqual({});
  });

  it('writes them back, keeping the screen and other parameters', () => {
    expect(writeMapHash('#/map', { date: '2019-01-15' })).toBe('#/map?date=2019-01-15');
    expect(writeMapHash('#/map?date=2019-01-15', {})).toBe('#/map');
    expect(writeMapHash('#/map?x=1', { date: null, compare: ['2018-01-01', '2020-01-01'] })).toBe(
      '#/map?x=1&date=all&compare=2018-01-01,2020-01-01',
    );
    const hash = writeMapHash('#/map', { compare: ['2018-01-15', '2020-07-01'] });
    expect(screenFromHash(hash)).toBe('map');
    expect(readMapHash(hash)).toEqual({ compare: ['2018-01-15', '2020-07-01'] });
  });
});
