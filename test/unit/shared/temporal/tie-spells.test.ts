import { describe, expect, it } from 'vitest';
import {
  isActiveAt,
  isActiveDuring,
  tiesActiveAt,
} from '../../../../shared/temporal/tie-spells.ts';

const spell = (start: string | null, end: string | null) => ({ start, end });

describe('isActiveAt', () => {
  it('counts the start day in and the end day out ([start, end))', () => {
    const spells = [spell('2018-03-01', '2019-03-01')];
    expect(isActiveAt(spells, '2018-02-28')).toBe(false);
    expect(isActiveAt(spells, '2018-03-01')).toBe(true);
    expect(isActiveAt(spells, '2019-02-28')).toBe(true);
    expect(isActiveAt(spells, '2019-03-01')).toBe(false);
  });

  it('treats open ends as reaching the beginning or the end of time', () => {
    expect(isActiveAt([spell(null, '2019-01-01')], '1990-01-01')).toBe(true);
    expect(isActiveAt([spell('2019-01-01', null)], '2099-01-01')).toBe(true);
  });

  it('follows a tie that ends and restarts', () => {
    const spells = [spell('2017-01-01', '2018-01-01'), spell('2019-01-01', null)];
    expect(isActiveAt(spells, '2017-06-01')).toBe(true);
    expect(isActiveAt(spells, '2018-06-01')).toBe(false);
    expect(isActiveAt(spells, '2019-06-01')).toBe(true);
  });

  it('counts a tie without dates as always active', () => {
    expect(isActiveAt([], '2000-01-01')).toBe(true);
  });
});

describe('isActiveDuring', () => {
  it('needs at least one shared day with the period', () => {
    const spells = [spell('2018-01-01', '2018-07-01')];
    expect(isActiveDuring(spells, '2018-06-30', '2018-12-31')).toBe(true);
    expect(isActiveDuring(spells, '2018-07-01', '2018-12-31')).toBe(false);
    expect(isActiveDuring(spells, '2017-01-01', '2018-01-01')).toBe(false);
    expect(isActiveDuring(spells, null, '2018-01-02')).toBe(true);
  });
});

describe('tiesActiveAt', () => {
  it('keeps only the ties active on the day, in their order', () => {
    const ties = [
      { id: 'a', spells: [spell('2018-01-01', null)] },
      { id: 'b', spells: [spell('2019-01-01', null)] },
      { id: 'c', spells: [] },
    ];
    expect(tiesActiveAt(ties, '2018-06-01').map((tie) => tie.id)).toEqual(['a', 'c']);
  });
});
