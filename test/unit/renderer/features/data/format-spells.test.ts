import { describe, expect, it } from 'vitest';
import { formatSpells } from '../../../../../renderer/features/data/format-spells.ts';
import { Spells } from '../../../../../shared/domain/spell.ts';
import { translatorFor } from '../../i18n/test-i18n.ts';

describe('tie dates as text', () => {
  it('lists closed and open ranges in order', async () => {
    const t = await translatorFor('en');
    const spells = Spells.parse([
      { start: '2020-01-15', end: null },
      { start: '2018-03-01', end: '2019-06-30' },
    ]);
    expect(formatSpells(spells, t)).toBe('2018-03-01 – 2019-06-30; 2020-01-15 –');
  });

  it('says when a tie has no dates, in each language', async () => {
    expect(formatSpells([], await translatorFor('es'))).toBe('sin fechas');
    expect(formatSpells([], await translatorFor('en'))).toBe('no dates');
  });

  it('shows a range open at the start', async () => {
    const spells = Spells.parse([{ start: null, end: '2019-06-30' }]);
    expect(formatSpells(spells, await translatorFor('es'))).toBe('– 2019-06-30');
  });
});
