import { describe, expect, it } from 'vitest';
import { mergeSpells } from '../../../../shared/temporal/merge-spells.ts';

const spell = (start: string | null, end: string | null) => ({ start, end });

describe('mergeSpells', () => {
  it('joins overlapping and touching ranges, keeping gaps', () => {
    expect(
      mergeSpells(
        [spell('2018-01-01', '2018-06-01'), spell('2019-01-01', null)],
        [spell('2018-06-01', '2018-09-01'), spell('2018-03-01', '2018-04-01')],
      ),
    ).toEqual([spell('2018-01-01', '2018-09-01'), spell('2019-01-01', null)]);
  });

  it('is idempotent: merging a list with itself gives it back', () => {
    const spells = [spell(null, '2017-01-01'), spell('2018-01-01', '2019-01-01')];
    expect(mergeSpells(spells, spells)).toEqual(spells);
  });

  it('lets "no dates" (always active) absorb everything', () => {
    expect(mergeSpells([], [spell('2018-01-01', null)])).toEqual([]);
  });
});
